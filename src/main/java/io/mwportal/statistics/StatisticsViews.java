package io.mwportal.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the statistics. */
public final class StatisticsViews {

    private StatisticsViews() {
    }

    public enum Audience {
        /** Anyone: small counts withheld, no amounts. */
        PUBLIC,
        /** Analysts, administrators, and inspectors for their own office: every count and amount. */
        FULL
    }

    @Schema(name = "StatisticsPeriod", description = "Months of filing, both included")
    public record Period(@Schema(examples = "2026-01") String from, @Schema(examples = "2026-12") String to) {
    }

    @Schema(name = "WageComplaintStatistics", description = "Wage complaints by handling office and month of filing")
    public record WageComplaintStatistics(
            @Schema(examples = "wage-complaints") String statistic,
            Period period,
            @Schema(description = "The office asked for; none: every office the caller may see", examples = "210702")
            String jurisdiction,
            @Schema(description = "When the figures were computed (they are rebuilt every few minutes)")
            Instant computedAt,
            Audience audience,
            @Schema(description = "Public answers withhold counts from 1 to this minus 1") int smallestPublicCell,
            List<WageComplaintCell> cells) {
    }

    @Schema(name = "WageComplaintStatisticsCell", description = "One office and month. A withheld figure is left out "
            + "and named in `suppressed`; amounts are not public.")
    public record WageComplaintCell(
            @Schema(examples = "210702") String jurisdiction,
            @Schema(examples = "2026-11") String month,
            @Schema(description = "Complaints filed") Long filed,
            @Schema(description = "Workers the complaints are for") Long workers,
            Long accepted,
            Long refused,
            @Schema(description = "Refusals by reason code") Map<String, Long> refusedByReason,
            @Schema(description = "Complaints with an outcome recorded") Long resolved,
            @Schema(description = "Outcomes by code (the latest recorded)") Map<String, Long> resolvedByOutcome,
            Long withdrawn,
            @Schema(description = "Open and past the statutory clock now") Long overdueNow,
            @Schema(description = "Accepted or refused") Long decided,
            @Schema(description = "Accepted or refused by the acceptance clock's due date") Long decidedWithinClock,
            @Schema(description = "Natural days from filing to acceptance") Double daysToAcceptanceMedian,
            Double daysToAcceptanceP90,
            @Schema(description = "Natural days from filing to the outcome") Double daysToResolutionMedian,
            Double daysToResolutionP90,
            @Schema(description = "Yuan owed, as claimed", examples = "360000.00") String amountOwed,
            @Schema(description = "Yuan recovered", examples = "120000.00") String amountRecovered,
            @Schema(description = "The figures withheld from this cell") List<String> suppressed) {
    }

    @Schema(name = "WageReportStatistics", description = "Anonymous wage-arrears reports by handling office and month "
            + "received")
    public record WageReportStatistics(
            @Schema(examples = "wage-reports") String statistic,
            Period period,
            @Schema(examples = "210702") String jurisdiction,
            Instant computedAt,
            Audience audience,
            int smallestPublicCell,
            List<WageReportCell> cells) {
    }

    @Schema(name = "WageReportStatisticsCell", description = "One office and month. A withheld figure is left out and "
            + "named in `suppressed`.")
    public record WageReportCell(
            @Schema(examples = "210702") String jurisdiction,
            @Schema(examples = "2026-11") String month,
            @Schema(description = "Reports received") Long received,
            @Schema(description = "Workers the reports say are affected") Long workers,
            @Schema(description = "Reports that opened a complaint case ex officio") Long caseOpened,
            Long closed,
            @Schema(description = "Closed reports by reason code") Map<String, Long> closedByReason,
            @Schema(description = "Not handled yet") Long pending,
            @Schema(description = "Natural days from receipt to a case opened or the report closed")
            Double daysToHandlingMedian,
            Double daysToHandlingP90,
            @Schema(description = "The figures withheld from this cell") List<String> suppressed) {
    }

    @Schema(name = "JobStatistics", description = "Published vacancies by district, month posted and occupation "
            + "major group")
    public record JobStatistics(
            @Schema(examples = "jobs") String statistic,
            Period period,
            @Schema(examples = "210702") String jurisdiction,
            Instant computedAt,
            Audience audience,
            int smallestPublicCell,
            List<JobCell> cells) {
    }

    @Schema(name = "JobStatisticsCell", description = "One district, month and occupation major group. Vacancies are "
            + "public; the count of applications (people) is withheld from the public under the smallest cell.")
    public record JobCell(
            @Schema(examples = "210702") String jurisdiction,
            @Schema(examples = "2026-11") String month,
            @Schema(description = "Major group of 职业分类大典 2022 (the first digit of the code)", examples = "6")
            String occupationGroup,
            @Schema(description = "Vacancies published") Long published,
            @Schema(description = "Places offered") Long headcount,
            @Schema(description = "Median minimum monthly pay offered, yuan (day and hour pay converted)",
                    examples = "5500.00") String payMedian,
            @Schema(description = "Applications to these vacancies") Long applications,
            @Schema(description = "The figures withheld from this cell") List<String> suppressed) {
    }

    @Schema(name = "LegalAidStatistics", description = "Legal-aid requests by handling office and month applied")
    public record LegalAidStatistics(
            @Schema(examples = "legal-aid") String statistic,
            Period period,
            @Schema(examples = "210702") String jurisdiction,
            Instant computedAt,
            Audience audience,
            int smallestPublicCell,
            List<LegalAidCell> cells) {
    }

    @Schema(name = "LegalAidStatisticsCell", description = "One office and month. A request counts as approved or "
            + "refused by its first decision. A withheld figure is left out and named in `suppressed`; amounts are "
            + "not public.")
    public record LegalAidCell(
            @Schema(examples = "210702") String jurisdiction,
            @Schema(examples = "2026-11") String month,
            @Schema(description = "Requests made") Long filed,
            @Schema(description = "Requests by matter type") Map<String, Long> filedByMatter,
            @Schema(description = "First decided: aid granted") Long approved,
            @Schema(description = "First decided: refused") Long refused,
            @Schema(description = "Refusals by reason code") Map<String, Long> refusedByReason,
            @Schema(description = "Aid granted provisionally before review (a deadline days away)")
            Long grantedProvisionally,
            @Schema(description = "Refusals objected to") Long objected,
            @Schema(description = "Refusals reversed on objection: aid ordered") Long aidOrderedOnObjection,
            @Schema(description = "A lawyer or legal adviser assigned") Long assigned,
            @Schema(description = "Matters with an outcome recorded") Long resolved,
            @Schema(description = "Outcomes by code") Map<String, Long> resolvedByOutcome,
            Long withdrawn,
            @Schema(description = "Open and past their clock now") Long overdueNow,
            @Schema(description = "Approved or refused") Long decided,
            @Schema(description = "Decided by the decision clock's due date (7 working days)")
            Long decidedWithinClock,
            @Schema(description = "Natural days from the request to the first decision") Double daysToDecisionMedian,
            Double daysToDecisionP90,
            @Schema(description = "Natural days from approval to a lawyer assigned") Double daysToAssignmentMedian,
            Double daysToAssignmentP90,
            @Schema(description = "Yuan claimed in the matters", examples = "850000.00") String amountClaimed,
            @Schema(description = "Yuan obtained for the workers", examples = "310000.00") String amountObtained,
            @Schema(description = "The figures withheld from this cell") List<String> suppressed) {
    }

    @Schema(name = "ResidencePermitStatistics", description = "Residence-permit applications by handling office and "
            + "month applied")
    public record ResidencePermitStatistics(
            @Schema(examples = "residence-permits") String statistic,
            Period period,
            @Schema(examples = "210702") String jurisdiction,
            Instant computedAt,
            Audience audience,
            int smallestPublicCell,
            List<ResidencePermitCell> cells) {
    }

    @Schema(name = "ResidencePermitStatisticsCell", description = "One office and month: filed = issued + refused + "
            + "withdrawn + pending. A withheld figure is left out and named in `suppressed`.")
    public record ResidencePermitCell(
            @Schema(examples = "210702") String jurisdiction,
            @Schema(examples = "2026-11") String month,
            @Schema(description = "Applications made") Long filed,
            Long accepted,
            Long refused,
            @Schema(description = "Refusals by reason code") Map<String, Long> refusedByReason,
            @Schema(description = "Permits issued (collected or not)") Long issued,
            @Schema(description = "Permits collected") Long collected,
            Long withdrawn,
            @Schema(description = "Not decided yet") Long pending,
            @Schema(description = "Accepted, not issued, past the issue clock now") Long overdueNow,
            @Schema(description = "Issued by the issue clock's due date") Long issuedWithinClock,
            @Schema(description = "Natural days from the application to acceptance") Double daysToAcceptanceMedian,
            Double daysToAcceptanceP90,
            @Schema(description = "Natural days from acceptance to issue") Double daysToIssueMedian,
            Double daysToIssueP90,
            @Schema(description = "The figures withheld from this cell") List<String> suppressed) {
    }

    @Schema(name = "TrainingStatistics", description = "Training enrolments by the course's office, month enrolled "
            + "and occupation major group, with the city's yearly target")
    public record TrainingStatistics(
            @Schema(examples = "training") String statistic,
            Period period,
            @Schema(examples = "210702") String jurisdiction,
            Instant computedAt,
            Audience audience,
            int smallestPublicCell,
            TrainingTarget target,
            List<TrainingCell> cells) {
    }

    @Schema(name = "TrainingTarget", description = "The city's yearly target of subsidised training enrolments and "
            + "the progress of the year the period ends in (every office)")
    public record TrainingTarget(
            @Schema(examples = "2026") int year,
            @Schema(description = "Enrolments the city aims for in the year", examples = "10000") int target,
            @Schema(description = "Enrolments holding or having held a seat (public: rounded down to tens)")
            long enrolments,
            @Schema(description = "Training subsidies approved (public: rounded down to tens)") long subsidiesApproved,
            @Schema(description = "Enrolments as a percentage of the target", examples = "42.5")
            BigDecimal percentOfTarget) {
    }

    @Schema(name = "TrainingStatisticsCell", description = "One office, month and occupation major group. A withheld "
            + "figure is left out and named in `suppressed`; amounts are not public.")
    public record TrainingCell(
            @Schema(examples = "210702") String jurisdiction,
            @Schema(examples = "2026-11") String month,
            @Schema(description = "Major group of 职业分类大典 2022", examples = "6") String occupationGroup,
            @Schema(description = "Enrolments holding or having held a seat") Long enrolments,
            @Schema(description = "Courses completed") Long completions,
            @Schema(description = "On a waitlist now") Long waitlisted,
            @Schema(description = "Training subsidies approved") Long subsidiesApproved,
            @Schema(description = "Yuan of subsidies approved", examples = "45000.00") String subsidyAmount,
            @Schema(description = "The figures withheld from this cell") List<String> suppressed) {
    }
}
