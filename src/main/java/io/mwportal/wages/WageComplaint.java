package io.mwportal.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.mwportal.casework.CaseFile;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What a worker complains about; the case itself (status, office, clock, history) is its {@link CaseFile}. A
 * complaint the office opens ex officio from a report has no complainant (and may not know amount and period yet).
 */
@Entity
@Table(name = "wage_complaint")
public class WageComplaint extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    @Column(name = "complainant_name")
    public String complainantName;

    @Column(name = "complainant_id_number")
    public String complainantIdNumber;

    @Column(name = "complainant_phone")
    public String complainantPhone;

    @Column(name = "complainant_address")
    public String complainantAddress;

    /** Encrypted with {@code FieldCrypto}; never stored in clear. */
    @Column(name = "bank_card_encrypted")
    public String bankCardEncrypted;

    @Column(name = "employer_name")
    public String employerName;

    @Column(name = "employer_credit_code")
    public String employerCreditCode;

    @Column(name = "employer_address")
    public String employerAddress;

    @Column(name = "employer_legal_representative")
    public String employerLegalRepresentative;

    @Column(name = "work_district")
    public String workDistrict;

    @Column(name = "work_address")
    public String workAddress;

    public boolean construction;

    @Column(name = "city_government_led")
    public boolean cityGovernmentLed;

    @Column(name = "project_name")
    public String projectName;

    @Column(name = "general_contractor")
    public String generalContractor;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "amount_owed")
    public BigDecimal amountOwed;

    @Column(name = "workers_affected")
    public int workersAffected;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Representative> representatives;

    public String facts;

    public String request;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason")
    public RefusalReason refusalReason;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "amount_recovered")
    public BigDecimal amountRecovered;

    @Column(name = "amount_ordered")
    public BigDecimal amountOrdered;

    /** The complaints of the given cases, by case id (one query for a page of a list). */
    static Map<Long, WageComplaint> byCase(List<Long> caseIds) {
        return WageComplaint.<WageComplaint>list("caseId in ?1", caseIds).stream()
                .collect(Collectors.toMap(w -> w.caseId, Function.identity()));
    }

    /** A representative of a collective complaint, stored with the complaint. */
    public record Representative(String name, String phone) {
    }
}
