package io.mwportal.residence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.mwportal.casework.CaseActionInput;
import io.mwportal.casework.CaseViews.DeadlineView;
import io.mwportal.casework.CaseView;
import io.mwportal.platform.validation.IdNumber;
import io.mwportal.platform.validation.MobilePhone;
import io.mwportal.platform.validation.PlausibleDate;
import io.mwportal.platform.validation.UnifiedSocialCreditCode;
import io.mwportal.residence.ResidenceEnums.AgentReason;
import io.mwportal.residence.ResidenceEnums.AgentRelationship;
import io.mwportal.residence.ResidenceEnums.BasisType;
import io.mwportal.residence.ResidenceEnums.CancelReason;
import io.mwportal.residence.ResidenceEnums.CheckResult;
import io.mwportal.residence.ResidenceEnums.EndorsementStatus;
import io.mwportal.residence.ResidenceEnums.PermitState;
import io.mwportal.residence.ResidenceEnums.RefusalReason;
import io.mwportal.residence.ResidenceEnums.Sex;

/**
 * API records of residence permits (never the entities). An application's fields are checked for form here (400);
 * whether everything needed is there is one 422 listing every missing item (居住证暂行条例 Art 9).
 */
public final class ResidenceViews {

    /** A permit number: office code, year, sequence, ISO 7064 check character. */
    static final String PERMIT_NUMBER = "\\d{16}[0-9X]";

    private ResidenceViews() {
    }

    @Schema(name = "ResidencePermitApplication", examples = """
            {"applicant": {"name": "王强", "sex": "MALE", "ethnicity": "汉族", "birthDate": "1990-01-01",
                           "idNumber": "21070219900101123X", "phone": "13800138000"},
             "hukouAddress": "河南省周口市郸城县某乡某村 12 号", "residenceAddress": "锦州市古塔区士英街 8 号 3 单元 201",
             "district": "210702", "residenceRegisteredOn": "2026-03-02",
             "bases": [{"type": "STABLE_JOB", "organisation": "锦州某建筑劳务有限公司",
                        "creditCode": "91210700MA0Y0D6U42", "since": "2026-03-01"}]}""")
    public record ApplicationRequest(
            @Valid @Schema(description = "The person the permit is for") Person applicant,
            @Size(max = 200) @Schema(description = "户籍地址") String hukouAddress,
            @Size(max = 200) @Schema(description = "居住地址 in the city") String residenceAddress,
            @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6, description = "The district of the residence address: its police "
                    + "decides", examples = "210702") String district,
            @PlausibleDate @Schema(description = "居住登记 date: residence must have lasted more than 6 months")
            LocalDate residenceRegisteredOn,
            @Size(max = 3) @Schema(description = "At least one: stable job, stable home or continuous schooling")
            List<@NotNull @Valid Basis> bases,
            @Valid @Schema(description = "When a guardian or close relative applies (Art 9)") Agent agent) {
    }

    @Schema(name = "ResidencePermitPerson")
    public record Person(@Size(max = 50) String name, Sex sex,
            @Size(max = 10) @Schema(description = "One of the 56 official names", examples = "汉族") String ethnicity,
            @PlausibleDate LocalDate birthDate,
            @IdNumber @Schema(description = "Must agree with birth date and sex") String idNumber,
            @MobilePhone String phone) {
    }

    @Schema(name = "ResidencePermitBasis", description = "STABLE_JOB and CONTINUOUS_SCHOOLING name the employer or "
            + "school (organisation); STABLE_HOME gives the address")
    public record Basis(BasisType type, @Size(max = 200) String organisation,
            @UnifiedSocialCreditCode String creditCode, @Size(max = 200) String address,
            @PlausibleDate LocalDate since) {
    }

    @Schema(name = "ResidencePermitAgent", description = "Who applies for the applicant, and why (Art 9)")
    public record Agent(AgentRelationship relationship, AgentReason reason, @Size(max = 50) String name,
            @IdNumber String idNumber) {
    }

    @Schema(name = "ResidencePermitAction", description = "Body of POST …/actions/{action}: request-supplement: "
            + "missingItems (PHOTO, ID_CARD, RESIDENCE_REGISTRATION, JOB_PROOF, HOME_PROOF, SCHOOLING_PROOF, "
            + "AGENT_PROOF, HUKOU_ADDRESS, RESIDENCE_ADDRESS, OTHER) and a note; refuse: reasonCode and note; extend: "
            + "note (the reason); transfer: toJurisdiction and note; assign: assignee. Others: an optional note.",
            examples = """
            {"missingItems": ["PHOTO", "JOB_PROOF"], "note": "请上传近期白底免冠照片和劳动合同。"}""")
    public record ResidenceActionRequest(
            @Size(max = 2000) String note,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> missingItems,
            @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) String toJurisdiction,
            @Size(max = 100) String assignee,
            RefusalReason reasonCode) implements CaseActionInput {

        static final ResidenceActionRequest EMPTY = new ResidenceActionRequest(null, null, null, null, null);
    }

    @Schema(name = "ResidencePermitOffice", description = "The police office deciding the application")
    public record OfficeView(@Schema(examples = "210702") String jurisdiction, String nameZh, String nameEn) {
    }

    @Schema(name = "ResidencePermitApplicant", description = "ID number and phone masked unless the caller applied "
            + "or handles the application")
    public record PersonView(String name, Sex sex, String ethnicity, LocalDate birthDate, String idNumber,
            String phone) {
    }

    @Schema(name = "ResidencePermitAgentView")
    public record AgentView(AgentRelationship relationship, AgentReason reason, String name, String idNumber) {
    }

    @Schema(name = "ResidencePermitEligibility", description = "Decided at submission (Art 2)")
    public record EligibilityView(LocalDate residenceRegisteredOn,
            @Schema(description = "First day on which residence had lasted more than 6 months") LocalDate eligibleFrom,
            List<Basis> bases) {
    }

    @Schema(name = "ResidencePermitReceipt", description = "The receipt for collecting the permit, given on "
            + "acceptance (Art 9)")
    public record ReceiptView(@Schema(examples = "RP-2026-7K3M-9QXD") String applicationNumber, LocalDate acceptedOn,
            @Schema(description = "The permit is issued by this day (15 days, 30 if extended; later by the days "
                    + "spent supplementing)") LocalDate issueBy,
            String office) {
    }

    @Schema(name = "ResidencePermitApplicationView")
    public record ApplicationView(
            @Schema(examples = "RP-2026-7K3M-9QXD") String trackingNumber,
            @Schema(description = "SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, ACCEPTED_AWAITING_SUPPLEMENT, ISSUED, "
                    + "COLLECTED, REFUSED or WITHDRAWN", examples = "SUBMITTED") String status,
            OfficeView handlingOffice,
            Instant createdAt,
            Instant updatedAt,
            PersonView applicant,
            String hukouAddress,
            String residenceAddress,
            EligibilityView eligibility,
            AgentView agent,
            @Schema(description = "The clock of the current step; absent when none runs") DeadlineView deadline,
            @Schema(description = "The residence officer handling it") String assignee,
            @Schema(description = "Everything the applicant is asked to supply, in one notice") List<String> missingItems,
            ReceiptView receipt,
            RefusalReason refusalReason,
            @Schema(description = "Once issued") PermitView permit,
            @Schema(description = "What the caller may do next (action names for POST …/actions/{action})")
            List<String> allowedActions) implements CaseView {
    }

    @Schema(name = "ResidencePermitApplicationSummary", description = "A row of an applicant's list or an office queue")
    public record ApplicationSummary(String trackingNumber, String status, String handlingOffice, String applicantName,
            DeadlineView deadline, String assignee, Instant createdAt) {
    }

    @Schema(name = "ResidencePermitEndorsementWindow", description = "When the next endorsement may be asked for "
            + "(Art 10: in the month before each anniversary of issue)")
    public record WindowView(LocalDate opensOn, LocalDate closesOn) {
    }

    @Schema(name = "ResidencePermit")
    public record PermitView(
            @Schema(examples = "21070220260000014") String number,
            String holderName,
            @Schema(description = "Masked unless the caller applied or works at the issuing office") String holderIdNumber,
            @Schema(description = "VALID, SUSPENDED (the year's endorsement is missing: functions suspended until "
                    + "endorsed) or EXPIRED (cancelled)") PermitState state,
            OfficeView issuingOffice,
            LocalDate issuedOn,
            @Schema(description = "Last day of the endorsed year") LocalDate validThrough,
            @Schema(description = "Since when it is suspended, if it is") LocalDate suspendedSince,
            WindowView nextEndorsementWindow,
            @Schema(description = "An endorsement asked for and not yet decided") boolean endorsementPending,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING,
                    description = "Art 21: the first permit is free") BigDecimal fee,
            Instant collectedAt,
            LocalDate cancelledOn,
            CancelReason cancelReason,
            String application,
            List<EndorsementView> endorsements,
            @Schema(description = "endorse (holder), cancel (issuing office)") List<String> allowedActions) {
    }

    @Schema(name = "ResidencePermitEndorsement")
    public record EndorsementView(long id, String permitNumber, String holderName, LocalDate requestedOn,
            @Schema(description = "The permit's last valid day when asked") LocalDate dueBy, String residenceAddress,
            EndorsementStatus status, Instant decidedAt, String decidedBy, String note) {
    }

    @Schema(name = "ResidencePermitEndorsementRequest", examples = """
            {"residenceAddress": "锦州市古塔区士英街 8 号 3 单元 201"}""")
    public record EndorsementRequest(
            @NotBlank @Size(max = 200) @Schema(description = "Where the holder lives now") String residenceAddress) {
    }

    @Schema(name = "ResidencePermitDecision", description = "approve: optional note; refuse: note (the reason)",
            examples = """
            {"note": "居住地址已核实"}""")
    public record DecisionRequest(@Size(max = 2000) String note) {
    }

    @Schema(name = "ResidencePermitCancellation", examples = """
            {"reasonCode": "LEFT_CITY", "note": "持证人已离开本市"}""")
    public record CancelRequest(@NotNull CancelReason reasonCode, @NotBlank @Size(max = 2000) String note) {
    }

    @Schema(name = "ResidencePermitVerificationRequest", description = "The permit number and the holder's name as "
            + "the holder gave them", examples = """
            {"permitNumber": "21070220260000014", "holderName": "王强"}""")
    public record VerificationRequest(
            @NotNull @Pattern(regexp = PERMIT_NUMBER) @Schema(maxLength = 17, examples = "21070220260000014") String permitNumber,
            @NotBlank @Size(max = 50) @Schema(examples = "王强") String holderName) {
    }

    @Schema(name = "ResidencePermitVerification", description = "All a verifier learns. NOT_FOUND also when the name "
            + "does not match")
    public record VerificationResult(CheckResult result,
            @Schema(description = "VALID: last day of the endorsed year; SUSPENDED: the day it lapsed; EXPIRED: the "
                    + "day it was cancelled") LocalDate validUntil) {
    }

    @Schema(name = "ResidencePermitCheck", description = "One verification of the holder's permit (Art 17, 20)")
    public record CheckView(@Schema(examples = "school-demo") String client, CheckResult result, Instant checkedAt) {
    }
}
