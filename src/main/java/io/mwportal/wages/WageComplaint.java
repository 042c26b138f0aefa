package io.mwportal.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.mwportal.casework.CaseDetails;
import io.mwportal.casework.CaseFile;
import io.mwportal.platform.privacy.PersonalIdentity;

/**
 * What a worker complains about; the case itself (status, office, clock, history) is its {@link CaseFile}. A
 * complaint the office opens ex officio from a report has no complainant (and may not know amount and period yet).
 */
@Entity
@Table(name = "wage_complaint")
public class WageComplaint extends CaseDetails {

    /** Null for a case opened ex officio. */
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "complainant_name"))
    @AttributeOverride(name = "idNumber", column = @Column(name = "complainant_id_number"))
    @AttributeOverride(name = "phone", column = @Column(name = "complainant_phone"))
    public PersonalIdentity complainant;

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

    /** A representative of a collective complaint, stored with the complaint. */
    public record Representative(String name, String phone) {
    }
}
