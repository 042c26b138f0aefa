package io.mwportal.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.mwportal.statistics.StatisticsViews.WageComplaintCell;
import io.mwportal.statistics.StatisticsViews.WageComplaintStatistics;

/**
 * Statistics as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte-order mark, so that Excel shows Chinese
 * correctly; first the period, office and time computed as comment-like rows, then a header and one row per cell. A
 * withheld figure is the text {@code suppressed}.
 */
final class StatisticsCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final String BOM = "\uFEFF";

    private StatisticsCsv() {
    }

    static String of(WageComplaintStatistics statistics) {
        TreeSet<String> reasons = new TreeSet<>();
        TreeSet<String> outcomes = new TreeSet<>();
        for (WageComplaintCell cell : statistics.cells()) {
            reasons.addAll(cell.refusedByReason().keySet());
            outcomes.addAll(cell.resolvedByOutcome().keySet());
            cell.suppressed().stream().filter(s -> s.startsWith("refusedByReason."))
                    .forEach(s -> reasons.add(s.substring("refusedByReason.".length())));
            cell.suppressed().stream().filter(s -> s.startsWith("resolvedByOutcome."))
                    .forEach(s -> outcomes.add(s.substring("resolvedByOutcome.".length())));
        }
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.of("statistic", statistics.statistic()));
        line(csv, List.of("period", statistics.period().from() + "/" + statistics.period().to()));
        line(csv, List.of("jurisdiction", statistics.jurisdiction() == null ? "" : statistics.jurisdiction()));
        line(csv, List.of("computedAt", String.valueOf(statistics.computedAt())));
        line(csv, List.of("audience", statistics.audience().name()));
        List<String> header = new ArrayList<>(List.of("jurisdiction", "month", "filed", "workers", "accepted",
                "refused"));
        reasons.forEach(r -> header.add("refused:" + r));
        header.add("resolved");
        outcomes.forEach(o -> header.add("resolved:" + o));
        header.addAll(List.of("withdrawn", "overdueNow", "decided", "decidedWithinClock", "daysToAcceptanceMedian",
                "daysToAcceptanceP90", "daysToResolutionMedian", "daysToResolutionP90", "amountOwed",
                "amountRecovered"));
        line(csv, header);
        for (WageComplaintCell cell : statistics.cells()) {
            List<String> row = new ArrayList<>(List.of(cell.jurisdiction(), cell.month()));
            row.add(value(cell, "filed", cell.filed()));
            row.add(value(cell, "workers", cell.workers()));
            row.add(value(cell, "accepted", cell.accepted()));
            row.add(value(cell, "refused", cell.refused()));
            reasons.forEach(r -> row.add(entry(cell, "refusedByReason." + r, cell.refusedByReason(), r)));
            row.add(value(cell, "resolved", cell.resolved()));
            outcomes.forEach(o -> row.add(entry(cell, "resolvedByOutcome." + o, cell.resolvedByOutcome(), o)));
            row.add(value(cell, "withdrawn", cell.withdrawn()));
            row.add(value(cell, "overdueNow", cell.overdueNow()));
            row.add(value(cell, "decided", cell.decided()));
            row.add(value(cell, "decidedWithinClock", cell.decidedWithinClock()));
            for (Object figure : new Object[] { cell.daysToAcceptanceMedian(), cell.daysToAcceptanceP90(),
                    cell.daysToResolutionMedian(), cell.daysToResolutionP90(), cell.amountOwed(),
                    cell.amountRecovered() }) {
                row.add(figure == null ? "" : figure.toString());
            }
            line(csv, row);
        }
        return csv.toString();
    }

    private static String value(WageComplaintCell cell, String name, Long value) {
        return cell.suppressed().contains(name) ? "suppressed" : String.valueOf(value);
    }

    private static String entry(WageComplaintCell cell, String name, Map<String, Long> breakdown, String key) {
        return cell.suppressed().contains(name) ? "suppressed" : String.valueOf(breakdown.getOrDefault(key, 0L));
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(String.join(",", fields.stream().map(StatisticsCsv::quoted).toList())).append("\r\n");
    }

    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
