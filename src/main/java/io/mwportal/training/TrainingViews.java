package io.mwportal.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

import io.mwportal.platform.validation.PlausibleDate;
import io.mwportal.training.Course.CourseMode;
import io.mwportal.training.Course.CourseStatus;
import io.mwportal.training.Course.Programme;

/** API records of training (never the entities). Money is a decimal string in yuan. */
public final class TrainingViews {

    private TrainingViews() {
    }

    @Schema(name = "CourseRequest", examples = """
            {"programme": "SPRING_TIDE", "title": "春潮行动·焊工（初级）", "occupationCode": "6-18-02-04",
             "skillLevel": 5, "provider": "锦州市职业技能培训中心", "mode": "ON_SITE",
             "jurisdiction": "210702", "address": "锦州市古塔区某路 10 号", "fee": "1800.00", "subsidyEligible": true,
             "description": "面向农民工的初级焊工培训，结业参加职业技能等级认定。"}""")
    public record CourseRequest(
            @NotNull Programme programme,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Pattern(regexp = "\\d-\\d{2}-\\d{2}-\\d{2}") @Schema(maxLength = 10, description = "职业分类大典 (2022) code")
            String occupationCode,
            @NotNull @Min(1) @Max(5) @Schema(description = "职业技能等级: 5 初级工 … 1 高级技师") Integer skillLevel,
            @NotBlank @Size(max = 200) String provider,
            @NotNull CourseMode mode,
            @NotNull @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) String jurisdiction,
            @Size(max = 200) @Schema(description = "Required on site") String address,
            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) @Schema(type = SchemaType.STRING, maxLength = 11) BigDecimal fee,
            @NotNull Boolean subsidyEligible,
            @DecimalMin("0") @Digits(integer = 8, fraction = 2) @Schema(type = SchemaType.STRING, maxLength = 11, description =
                    "Subsidy per completion, at most the fee (default: the fee); only for subsidised courses")
            BigDecimal subsidyAmount,
            @Size(max = 4000) String description) {
    }

    @Schema(name = "SessionRequest", examples = """
            {"startsOn": "2027-03-01", "endsOn": "2027-03-20", "schedule": "周一至周五 8:30-16:30", "capacity": 30}""")
    public record SessionRequest(
            @NotNull @PlausibleDate LocalDate startsOn,
            @NotNull @PlausibleDate LocalDate endsOn,
            @NotBlank @Size(max = 500) String schedule,
            @NotNull @Min(1) @Max(10_000) Integer capacity) {
    }

    @Schema(name = "CourseSession")
    public record SessionView(long id, LocalDate startsOn, LocalDate endsOn, String schedule, int capacity,
            int confirmed, int freeSeats, int waitlisted, boolean cancelled) {
    }

    @Schema(name = "Course")
    public record CourseView(
            long id, Programme programme, String title, String occupationCode, String occupationName, int skillLevel,
            String provider, CourseMode mode, String jurisdiction, String address,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING) BigDecimal fee,
            boolean subsidyEligible,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING,
                    description = "Subsidy per completion (subsidised courses)") BigDecimal subsidyAmount,
            String description, CourseStatus status, List<SessionView> sessions) {
    }

    @Schema(name = "CourseCancelRequest", examples = "{\"reason\": \"报名人数不足，本期取消\"}")
    public record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "Enrolment")
    public record EnrolmentView(
            long id, long sessionId, long courseId, String courseTitle, LocalDate startsOn, Enrolment.Status status,
            @Schema(description = "Place on the waitlist (1 = next to be promoted); only while waitlisted")
            Integer waitlistPosition,
            @Schema(description = "Confirmed from the waitlist when a seat freed") boolean promoted,
            Instant enrolledAt, Instant confirmedAt, String certificateNumber) {
    }

    @Schema(name = "RosterEntry", description = "A session's enrolment as its training officer sees it")
    public record RosterEntry(long enrolmentId, String workerName, Enrolment.Status status, Integer waitlistPosition,
            Instant enrolledAt, String certificateNumber) {
    }

    @Schema(name = "Roster")
    public record RosterView(SessionView session, List<RosterEntry> confirmed, List<RosterEntry> waitlist,
            List<RosterEntry> ended) {
    }

    @Schema(name = "CompletionRequest", examples = "{\"certificateNumber\": \"S000021070226000123\"}")
    public record CompletionRequest(@NotBlank @Size(max = 50) String certificateNumber) {
    }

    @Schema(name = "SubsidyClaim")
    public record ClaimView(long id, long enrolmentId, String occupationCode, int skillLevel, int year,
            SubsidyClaim.Status status,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING) BigDecimal amount,
            String reason, Instant createdAt, Instant decidedAt) {
    }

    @Schema(name = "SubsidyDecision", examples = "{\"amount\": \"1500.00\", \"reason\": \"符合技能提升补贴条件\"}")
    public record DecisionRequest(
            @DecimalMin("0") @Digits(integer = 8, fraction = 2) @Schema(type = SchemaType.STRING, maxLength = 11,
                    description = "Approve: the amount, at most the course's subsidy (default: the course's subsidy)")
            BigDecimal amount,
            @Size(max = 500) @Schema(description = "Reject: required") String reason) {
    }

    @Schema(name = "ShortageOccupationListRequest", examples = """
            {"source": "辽宁省人社厅 2026 年紧缺职业（工种）目录", "occupationCodes": ["6-18-02-04", "4-10-01-03"]}""")
    public record ShortageListRequest(
            @NotBlank @Size(max = 500) String source,
            @NotNull @Size(max = 2000)
            List<@NotNull @Pattern(regexp = "\\d-\\d{2}-\\d{2}-\\d{2}") @Size(max = 10) String> occupationCodes) {
    }

    @Schema(name = "ShortageOccupationList", description = "The occupations in short supply (紧缺职业目录) in force in a year")
    public record ShortageListView(
            @Schema(description = "The year asked for") int year,
            @Schema(description = "The year of the list in force (the latest list published up to that year)")
            int listYear,
            String source, Instant loadedAt,
            @Schema(examples = "[\"6-18-02-04\"]") List<String> occupationCodes) {
    }

    @Schema(name = "TrainingProgress", description = "Enrolments, completions and subsidies of a year against the target")
    public record ProgressView(int year, int target, long enrolments, long completions, long subsidiesApproved,
            @Schema(description = "Share of the target reached, in percent") BigDecimal percentOfTarget,
            Map<String, Counts> byDistrict, Map<String, Counts> byProgramme,
            @Schema(description = "Analysts only: the subsidy amounts approved, in yuan", type = SchemaType.STRING)
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal subsidyAmountApproved) {
    }

    @Schema(name = "TrainingCounts")
    public record Counts(long enrolments, long completions, long subsidiesApproved) {
    }

}
