package io.mwportal.residence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.mwportal.casework.CaseDetails;
import io.mwportal.casework.CaseFile;
import io.mwportal.platform.privacy.PersonalIdentity;
import io.mwportal.residence.ResidenceEnums.AgentReason;
import io.mwportal.residence.ResidenceEnums.AgentRelationship;
import io.mwportal.residence.ResidenceEnums.RefusalReason;
import io.mwportal.residence.ResidenceEnums.Sex;

/** An application for a residence permit; the case itself (status, office, clock, history) is its {@link CaseFile}. */
@Entity
@Table(name = "residence_application")
public class ResidenceApplication extends CaseDetails {

    /** The person the permit is for (columns name, id_number, phone). */
    @Embedded
    public PersonalIdentity applicant;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    public String ethnicity;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "hukou_address")
    public String hukouAddress;

    @Column(name = "residence_address")
    public String residenceAddress;

    @Column(name = "residence_registered_on")
    public LocalDate residenceRegisteredOn;

    @ElementCollection
    @CollectionTable(name = "residence_application_basis", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    public List<ResidenceBasis> bases = new ArrayList<>();

    @Column(name = "eligible_from")
    public LocalDate eligibleFrom;

    /** Someone applying for the applicant (Art 9); null when the applicant applies themselves. */
    @Enumerated(EnumType.STRING)
    @Column(name = "agent_relationship")
    public AgentRelationship agentRelationship;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_reason")
    public AgentReason agentReason;

    @Column(name = "agent_name")
    public String agentName;

    @Column(name = "agent_id_number")
    public String agentIdNumber;

    /** Acceptance: the day the receipt for collection was given (Art 9). */
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason")
    public RefusalReason refusalReason;
}
