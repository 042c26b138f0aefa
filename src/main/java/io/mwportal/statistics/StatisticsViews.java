package io.mwportal.statistics;

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
}
