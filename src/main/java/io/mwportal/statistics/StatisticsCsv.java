package io.mwportal.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import io.mwportal.statistics.StatisticsViews.Audience;
import io.mwportal.statistics.StatisticsViews.JobCell;
import io.mwportal.statistics.StatisticsViews.JobStatistics;
import io.mwportal.statistics.StatisticsViews.LegalAidCell;
import io.mwportal.statistics.StatisticsViews.LegalAidStatistics;
import io.mwportal.statistics.StatisticsViews.Period;
import io.mwportal.statistics.StatisticsViews.ResidencePermitCell;
import io.mwportal.statistics.StatisticsViews.ResidencePermitStatistics;
import io.mwportal.statistics.StatisticsViews.TrainingCell;
import io.mwportal.statistics.StatisticsViews.TrainingStatistics;
import io.mwportal.statistics.StatisticsViews.TrainingTarget;
import io.mwportal.statistics.StatisticsViews.WageComplaintCell;
import io.mwportal.statistics.StatisticsViews.WageComplaintStatistics;
import io.mwportal.statistics.StatisticsViews.WageReportCell;
import io.mwportal.statistics.StatisticsViews.WageReportStatistics;

/**
 * Statistics as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte-order mark, so that Excel shows Chinese
 * correctly; first the statistic, period, office, time computed and audience (training: also the yearly target),
 * then a header and one row per cell.
 * A breakdown is one column per code shown in some cell ({@code refused:NOT_WITHIN_POWERS}); a withheld figure reads
 * {@code suppressed}.
 */
final class StatisticsCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final String BOM = "\uFEFF";

    private StatisticsCsv() {
    }

    /** A column: its header, and the value of a cell ({@code null} when withheld or absent). */
    private record Column<C>(String header, String name, Function<C, Object> value) {
    }

    static String of(WageComplaintStatistics statistics) {
        List<WageComplaintCell> cells = statistics.cells();
        List<Column<WageComplaintCell>> columns = new ArrayList<>(List.of(
                new Column<>("jurisdiction", "", WageComplaintCell::jurisdiction),
                new Column<>("month", "", WageComplaintCell::month),
                new Column<>("filed", "filed", WageComplaintCell::filed),
                new Column<>("workers", "workers", WageComplaintCell::workers),
                new Column<>("accepted", "accepted", WageComplaintCell::accepted),
                new Column<>("refused", "refused", WageComplaintCell::refused)));
        columns.addAll(breakdown(cells, "refused", "refusedByReason", WageComplaintCell::refusedByReason,
                WageComplaintCell::suppressed));
        columns.add(new Column<>("resolved", "resolved", WageComplaintCell::resolved));
        columns.addAll(breakdown(cells, "resolved", "resolvedByOutcome", WageComplaintCell::resolvedByOutcome,
                WageComplaintCell::suppressed));
        columns.addAll(List.of(new Column<>("withdrawn", "withdrawn", WageComplaintCell::withdrawn),
                new Column<>("overdueNow", "overdueNow", WageComplaintCell::overdueNow),
                new Column<>("decided", "decided", WageComplaintCell::decided),
                new Column<>("decidedWithinClock", "decidedWithinClock", WageComplaintCell::decidedWithinClock),
                new Column<>("daysToAcceptanceMedian", "", WageComplaintCell::daysToAcceptanceMedian),
                new Column<>("daysToAcceptanceP90", "", WageComplaintCell::daysToAcceptanceP90),
                new Column<>("daysToResolutionMedian", "", WageComplaintCell::daysToResolutionMedian),
                new Column<>("daysToResolutionP90", "", WageComplaintCell::daysToResolutionP90),
                new Column<>("amountOwed", "", WageComplaintCell::amountOwed),
                new Column<>("amountRecovered", "", WageComplaintCell::amountRecovered)));
        return table(statistics.statistic(), statistics.period(), statistics.jurisdiction(), statistics.computedAt(),
                statistics.audience(), List.of(), columns, cells, WageComplaintCell::suppressed);
    }

    static String of(WageReportStatistics statistics) {
        List<WageReportCell> cells = statistics.cells();
        List<Column<WageReportCell>> columns = new ArrayList<>(List.of(
                new Column<>("jurisdiction", "", WageReportCell::jurisdiction),
                new Column<>("month", "", WageReportCell::month),
                new Column<>("received", "received", WageReportCell::received),
                new Column<>("workers", "workers", WageReportCell::workers),
                new Column<>("caseOpened", "caseOpened", WageReportCell::caseOpened),
                new Column<>("closed", "closed", WageReportCell::closed)));
        columns.addAll(breakdown(cells, "closed", "closedByReason", WageReportCell::closedByReason,
                WageReportCell::suppressed));
        columns.addAll(List.of(new Column<>("pending", "pending", WageReportCell::pending),
                new Column<>("daysToHandlingMedian", "", WageReportCell::daysToHandlingMedian),
                new Column<>("daysToHandlingP90", "", WageReportCell::daysToHandlingP90)));
        return table(statistics.statistic(), statistics.period(), statistics.jurisdiction(), statistics.computedAt(),
                statistics.audience(), List.of(), columns, cells, WageReportCell::suppressed);
    }

    static String of(JobStatistics statistics) {
        List<Column<JobCell>> columns = List.of(
                new Column<>("jurisdiction", "", JobCell::jurisdiction),
                new Column<>("month", "", JobCell::month),
                new Column<>("occupationGroup", "", JobCell::occupationGroup),
                new Column<>("published", "published", JobCell::published),
                new Column<>("headcount", "headcount", JobCell::headcount),
                new Column<>("payMedian", "", JobCell::payMedian),
                new Column<>("applications", "applications", JobCell::applications));
        return table(statistics.statistic(), statistics.period(), statistics.jurisdiction(), statistics.computedAt(),
                statistics.audience(), List.of(), columns, statistics.cells(), JobCell::suppressed);
    }

    static String of(LegalAidStatistics statistics) {
        List<LegalAidCell> cells = statistics.cells();
        List<Column<LegalAidCell>> columns = new ArrayList<>(List.of(
                new Column<>("jurisdiction", "", LegalAidCell::jurisdiction),
                new Column<>("month", "", LegalAidCell::month),
                new Column<>("filed", "filed", LegalAidCell::filed)));
        columns.addAll(breakdown(cells, "filed", "filedByMatter", LegalAidCell::filedByMatter,
                LegalAidCell::suppressed));
        columns.addAll(List.of(new Column<>("approved", "approved", LegalAidCell::approved),
                new Column<>("refused", "refused", LegalAidCell::refused)));
        columns.addAll(breakdown(cells, "refused", "refusedByReason", LegalAidCell::refusedByReason,
                LegalAidCell::suppressed));
        columns.addAll(List.of(
                new Column<>("grantedProvisionally", "grantedProvisionally", LegalAidCell::grantedProvisionally),
                new Column<>("objected", "objected", LegalAidCell::objected),
                new Column<>("aidOrderedOnObjection", "aidOrderedOnObjection", LegalAidCell::aidOrderedOnObjection),
                new Column<>("assigned", "assigned", LegalAidCell::assigned),
                new Column<>("resolved", "resolved", LegalAidCell::resolved)));
        columns.addAll(breakdown(cells, "resolved", "resolvedByOutcome", LegalAidCell::resolvedByOutcome,
                LegalAidCell::suppressed));
        columns.addAll(List.of(new Column<>("withdrawn", "withdrawn", LegalAidCell::withdrawn),
                new Column<>("overdueNow", "overdueNow", LegalAidCell::overdueNow),
                new Column<>("decided", "decided", LegalAidCell::decided),
                new Column<>("decidedWithinClock", "decidedWithinClock", LegalAidCell::decidedWithinClock),
                new Column<>("daysToDecisionMedian", "", LegalAidCell::daysToDecisionMedian),
                new Column<>("daysToDecisionP90", "", LegalAidCell::daysToDecisionP90),
                new Column<>("daysToAssignmentMedian", "", LegalAidCell::daysToAssignmentMedian),
                new Column<>("daysToAssignmentP90", "", LegalAidCell::daysToAssignmentP90),
                new Column<>("amountClaimed", "", LegalAidCell::amountClaimed),
                new Column<>("amountObtained", "", LegalAidCell::amountObtained)));
        return table(statistics.statistic(), statistics.period(), statistics.jurisdiction(), statistics.computedAt(),
                statistics.audience(), List.of(), columns, cells, LegalAidCell::suppressed);
    }

    static String of(ResidencePermitStatistics statistics) {
        List<ResidencePermitCell> cells = statistics.cells();
        List<Column<ResidencePermitCell>> columns = new ArrayList<>(List.of(
                new Column<>("jurisdiction", "", ResidencePermitCell::jurisdiction),
                new Column<>("month", "", ResidencePermitCell::month),
                new Column<>("filed", "filed", ResidencePermitCell::filed),
                new Column<>("accepted", "accepted", ResidencePermitCell::accepted),
                new Column<>("refused", "refused", ResidencePermitCell::refused)));
        columns.addAll(breakdown(cells, "refused", "refusedByReason", ResidencePermitCell::refusedByReason,
                ResidencePermitCell::suppressed));
        columns.addAll(List.of(new Column<>("issued", "issued", ResidencePermitCell::issued),
                new Column<>("collected", "collected", ResidencePermitCell::collected),
                new Column<>("withdrawn", "withdrawn", ResidencePermitCell::withdrawn),
                new Column<>("pending", "pending", ResidencePermitCell::pending),
                new Column<>("overdueNow", "overdueNow", ResidencePermitCell::overdueNow),
                new Column<>("issuedWithinClock", "issuedWithinClock", ResidencePermitCell::issuedWithinClock),
                new Column<>("daysToAcceptanceMedian", "", ResidencePermitCell::daysToAcceptanceMedian),
                new Column<>("daysToAcceptanceP90", "", ResidencePermitCell::daysToAcceptanceP90),
                new Column<>("daysToIssueMedian", "", ResidencePermitCell::daysToIssueMedian),
                new Column<>("daysToIssueP90", "", ResidencePermitCell::daysToIssueP90)));
        return table(statistics.statistic(), statistics.period(), statistics.jurisdiction(), statistics.computedAt(),
                statistics.audience(), List.of(), columns, cells, ResidencePermitCell::suppressed);
    }

    static String of(TrainingStatistics statistics) {
        List<Column<TrainingCell>> columns = List.of(
                new Column<>("jurisdiction", "", TrainingCell::jurisdiction),
                new Column<>("month", "", TrainingCell::month),
                new Column<>("occupationGroup", "", TrainingCell::occupationGroup),
                new Column<>("enrolments", "enrolments", TrainingCell::enrolments),
                new Column<>("completions", "completions", TrainingCell::completions),
                new Column<>("waitlisted", "waitlisted", TrainingCell::waitlisted),
                new Column<>("subsidiesApproved", "subsidiesApproved", TrainingCell::subsidiesApproved),
                new Column<>("subsidyAmount", "", TrainingCell::subsidyAmount));
        TrainingTarget target = statistics.target();
        List<List<String>> targetLines = List.of(
                List.of("targetYear", String.valueOf(target.year())),
                List.of("target", String.valueOf(target.target())),
                List.of("targetEnrolments", String.valueOf(target.enrolments())),
                List.of("targetSubsidiesApproved", String.valueOf(target.subsidiesApproved())),
                List.of("percentOfTarget", target.percentOfTarget().toPlainString()));
        return table(statistics.statistic(), statistics.period(), statistics.jurisdiction(), statistics.computedAt(),
                statistics.audience(), targetLines, columns, statistics.cells(), TrainingCell::suppressed);
    }

    /** One column per code any cell has (shown or withheld); a code a cell lacks is 0 there. */
    private static <C> List<Column<C>> breakdown(List<C> cells, String header, String name,
            Function<C, Map<String, Long>> breakdown, Function<C, List<String>> suppressed) {
        TreeSet<String> codes = new TreeSet<>();
        for (C cell : cells) {
            codes.addAll(breakdown.apply(cell).keySet());
            suppressed.apply(cell).stream().filter(s -> s.startsWith(name + "."))
                    .forEach(s -> codes.add(s.substring(name.length() + 1)));
        }
        return codes.stream().map(code -> new Column<C>(header + ":" + code, name + "." + code,
                cell -> breakdown.apply(cell).getOrDefault(code, 0L))).toList();
    }

    private static <C> String table(String statistic, Period period, String jurisdiction, Instant computedAt,
            Audience audience, List<List<String>> moreAbout, List<Column<C>> columns, List<C> cells,
            Function<C, List<String>> suppressed) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.of("statistic", statistic));
        line(csv, List.of("period", period.from() + "/" + period.to()));
        line(csv, List.of("jurisdiction", jurisdiction == null ? "" : jurisdiction));
        line(csv, List.of("computedAt", String.valueOf(computedAt)));
        line(csv, List.of("audience", audience.name()));
        moreAbout.forEach(fields -> line(csv, fields));
        line(csv, columns.stream().map(Column::header).toList());
        for (C cell : cells) {
            List<String> withheld = suppressed.apply(cell);
            line(csv, columns.stream().map(column -> isWithheld(withheld, column.name()) ? "suppressed"
                    : column.value().apply(cell) == null ? "" : column.value().apply(cell).toString()).toList());
        }
        return csv.toString();
    }

    /** A count withheld by name, or a code of a breakdown withheld whole ({@code refusedByReason}). */
    private static boolean isWithheld(List<String> withheld, String name) {
        int dot = name.indexOf('.');
        return !name.isEmpty() && (withheld.contains(name) || dot > 0 && withheld.contains(name.substring(0, dot)));
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(String.join(",", fields.stream().map(StatisticsCsv::quoted).toList())).append("\r\n");
    }

    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
