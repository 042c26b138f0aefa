package io.mwportal.legalaid;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.mwportal.casework.CaseDetails;
import io.mwportal.casework.CaseFile;
import io.mwportal.legalaid.LegalAidEnums.DeadlineKind;
import io.mwportal.legalaid.LegalAidEnums.LawyerKind;
import io.mwportal.legalaid.LegalAidEnums.Outcome;
import io.mwportal.platform.privacy.PersonalIdentity;

/** What a worker asks legal aid for; the case itself (status, office, clock, history) is its {@link CaseFile}. */
@Entity
@Table(name = "legal_aid_request")
public class LegalAidRequest extends CaseDetails {

    /** The applicant (columns name, id_number, phone). */
    @Embedded
    public PersonalIdentity applicant;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter_type")
    public MatterType matterType;

    @Column(name = "opposing_party_name")
    public String opposingPartyName;

    @Column(name = "opposing_party_credit_code")
    public String opposingPartyCreditCode;

    @Column(name = "amount_claimed")
    public BigDecimal amountClaimed;

    public String facts;

    public String request;

    @Column(name = "next_deadline")
    public LocalDate nextDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_deadline_kind")
    public DeadlineKind nextDeadlineKind;

    /** Green channel (法律援助法 Art 42): no means check, and so no hardship declaration. */
    @Column(name = "means_test_exempt")
    public boolean meansTestExempt;

    @Embedded
    public HardshipDeclaration hardship;

    public boolean provisional;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawyer_kind")
    public LawyerKind lawyerKind;

    @Column(name = "lawyer_name")
    public String lawyerName;

    @Column(name = "lawyer_organisation")
    public String lawyerOrganisation;

    @Column(name = "lawyer_phone")
    public String lawyerPhone;

    /** Null until aid is refused. */
    @Embedded
    public RefusalDecision refusal;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "amount_obtained")
    public BigDecimal amountObtained;
}
