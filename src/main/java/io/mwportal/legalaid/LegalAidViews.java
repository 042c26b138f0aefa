package io.mwportal.legalaid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.mwportal.casework.CaseActionInput;
import io.mwportal.casework.CaseResource;
import io.mwportal.casework.CaseView;
import io.mwportal.casework.CaseViews.DeadlineView;
import io.mwportal.legalaid.LegalAidEnums.DeadlineKind;
import io.mwportal.legalaid.LegalAidEnums.LawyerKind;
import io.mwportal.legalaid.LegalAidEnums.Outcome;
import io.mwportal.legalaid.LegalAidEnums.RefusalReason;
import io.mwportal.platform.validation.IdNumber;
import io.mwportal.platform.validation.MobilePhone;
import io.mwportal.platform.validation.PlausibleDate;
import io.mwportal.platform.validation.UnifiedSocialCreditCode;

/** API records of legal aid (never the entities). Money is a decimal string in yuan. */
public final class LegalAidViews {

    private LegalAidViews() {
    }

    @Schema(name = "LegalAidApplication", examples = """
            {"applicant": {"name": "王强", "idNumber": "21070219900101123X", "phone": "13800138000"},
             "district": "210702", "matterType": "LABOUR_REMUNERATION",
             "opposingParty": {"name": "锦州某建筑劳务有限公司", "creditCode": "91210700MA0Y0D6U42"},
             "amountClaimed": "36000.00",
             "facts": "2026 年 3 月至 10 月在工地做钢筋工，工资一直未结，已向劳动保障监察投诉。",
             "request": "请求指派律师代理劳动仲裁，追讨拖欠工资 36000 元。",
             "nextDeadline": {"date": "2026-12-20", "kind": "HEARING"},
             "wageComplaint": "WC-2026-7K3M-9QXD"}""")
    public record LegalAidApplication(
            @NotNull @Valid Applicant applicant,
            @NotNull @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6, description = "Where the dispute will be heard or arose: its "
                    + "legal-aid centre handles the request (法律援助法 Art 38)", examples = "210702") String district,
            @NotNull MatterType matterType,
            @NotNull @Valid OpposingParty opposingParty,
            @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            @Schema(type = SchemaType.STRING, maxLength = 15, description = "Required for pay, injury and social-insurance claims")
            BigDecimal amountClaimed,
            @NotBlank @Size(max = 4000) String facts,
            @NotBlank @Size(max = 1000) String request,
            @Valid @Schema(description = "The next hearing or limitation date, if any: fewer than 7 days away makes "
                    + "the request urgent") NextDeadline nextDeadline,
            @Pattern(regexp = CaseResource.TRACKING_NUMBER)
            @Schema(maxLength = 17, description = "The applicant's own wage complaint this is about") String wageComplaint,
            @Valid @Schema(description = "Economic hardship (经济困难) declaration; not needed in the green channel")
            Hardship hardship) {
    }

    @Schema(name = "LegalAidApplicant")
    public record Applicant(@NotBlank @Size(max = 50) String name, @NotNull @IdNumber String idNumber,
            @NotNull @MobilePhone String phone) {
    }

    @Schema(name = "LegalAidApplicantView", description = "ID number and phone are masked for a supervising office")
    public record ApplicantView(String name, String idNumber, String phone) {
    }

    @Schema(name = "LegalAidOpposingParty")
    public record OpposingParty(@NotBlank @Size(max = 200) String name,
            @UnifiedSocialCreditCode @Schema(description = "If a company (check character validated)") String creditCode) {
    }

    @Schema(name = "LegalAidDeadline")
    public record NextDeadline(@NotNull @PlausibleDate LocalDate date, @NotNull DeadlineKind kind) {
    }

    @Schema(name = "LegalAidHardship")
    public record Hardship(
            @NotNull @Min(1) @Max(30) Integer householdSize,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(type = SchemaType.STRING, maxLength = 13)
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyHouseholdIncome,
            @Size(max = 2000) String statement) {
    }

    @Schema(name = "LegalAidLawyer", description = "The lawyer or legal adviser assigned, shown to the applicant")
    public record Lawyer(@NotNull LawyerKind kind, @NotBlank @Size(max = 50) String name,
            @NotBlank @Size(max = 200) String organisation,
            @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}") @Schema(maxLength = 20) String phone) {
    }

    @Schema(name = "LegalAidAction", description = "Body of POST …/actions/{action}: request-supplement: missingItems; "
            + "supplement: note; grant-provisional: note (urgent requests only); assign-lawyer: lawyer; refuse: "
            + "reasonCode and note; object: note (your reasons); uphold-refusal, order-aid: note; transfer: "
            + "toJurisdiction and note; record-outcome: outcome (+ amountObtained). Others: an optional note.",
            examples = """
            {"lawyer": {"kind": "LAWYER", "name": "刘律师", "organisation": "辽宁某律师事务所", "phone": "0416-1234567"}}""")
    public record LegalAidActionRequest(
            @Size(max = 2000) String note,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> missingItems,
            @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) String toJurisdiction,
            RefusalReason reasonCode,
            @Valid Lawyer lawyer,
            Outcome outcome,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(type = SchemaType.STRING, maxLength = 15)
            BigDecimal amountObtained,
            @Size(max = 100) @Schema(description = "assign: a colleague's user name (GET /api/v1/case-officers); "
                    + "none assigns the case to the caller", examples = "legalaid.guta") String assignee)
            implements CaseActionInput {

        static final LegalAidActionRequest EMPTY = new LegalAidActionRequest(null, null, null, null, null, null, null,
                null);
    }

    @Schema(name = "LegalAidOffice", description = "The legal-aid centre of a jurisdiction")
    public record OfficeView(@Schema(examples = "210702") String jurisdiction, String nameZh, String nameEn) {
    }

    @Schema(name = "LegalAidMeansTest", description = "Whether the economic means are checked, and why not")
    public record MeansTestView(boolean required,
            @Schema(examples = "ART_42_4") String exemption,
            @Schema(description = "The reason in words") String basis) {
    }

    @Schema(name = "LegalAidRefusal", description = "Why aid was refused, and the applicant's right to object")
    public record RefusalView(RefusalReason reasonCode,
            @Schema(description = "The officer's reasons") String reason,
            @Schema(description = "The last day to object (to the justice bureau, 法律援助法 Art 49)") LocalDate objectUntil,
            @Schema(description = "Whether the applicant may still object") boolean mayObject) {
    }

    @Schema(name = "LegalAid")
    public record LegalAidView(
            @Schema(examples = "LA-2026-7K3M-9QXD") String trackingNumber,
            @Schema(description = "SUBMITTED, SUPPLEMENT_REQUESTED, APPROVED, ASSIGNED, REFUSED, OBJECTION_PENDING, "
                    + "REFUSAL_UPHELD, OUTCOME_RECORDED, CLOSED or WITHDRAWN", examples = "SUBMITTED") String status,
            @Schema(description = "The legal-aid centre deciding the request") OfficeView handlingOffice,
            @Schema(description = "When the application was submitted") Instant createdAt,
            Instant updatedAt,
            @Schema(description = "ID number and phone masked unless the caller is the applicant or the handling office")
            ApplicantView applicant,
            MatterType matterType,
            OpposingParty opposingParty,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING) BigDecimal amountClaimed,
            String facts,
            String request,
            NextDeadline nextDeadline,
            @Schema(description = "Fewer than 7 days to the next deadline: first in the queue (Art 44)") boolean urgent,
            @Schema(description = "Aid granted before review because of the deadline (Art 44)") boolean provisional,
            String wageComplaint,
            MeansTestView meansTest,
            Hardship hardship,
            @Schema(description = "The clock of the current step; absent when none runs") DeadlineView deadline,
            @Schema(description = "The legal-aid officer handling it") String assignee,
            Lawyer lawyer,
            RefusalView refusal,
            List<String> missingItems,
            Outcome outcome,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING) BigDecimal amountObtained,
            @Schema(description = "What the caller may do next (action names for POST …/actions/{action})")
            List<String> allowedActions) implements CaseView {
    }

    @Schema(name = "LegalAidSummary", description = "A row of an applicant's list or an office queue")
    public record LegalAidSummary(String trackingNumber, String status, String handlingOffice, MatterType matterType,
            String opposingPartyName, boolean urgent, boolean provisional, DeadlineView deadline, String assignee,
            Instant createdAt) {
    }
}
