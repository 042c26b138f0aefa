package io.mwportal.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;
import io.mwportal.statistics.StatisticsViews.Audience;
import io.mwportal.statistics.StatisticsViews.Period;
import io.mwportal.statistics.StatisticsViews.WageComplaintCell;
import io.mwportal.statistics.StatisticsViews.WageComplaintStatistics;

/**
 * Statistics from the summaries {@link StatisticsRefresh} rebuilds (never from the cases themselves). Who sees what:
 * analysts and administrators every office with amounts; a labour inspector the same for their own office (a
 * city-level one for every office); anyone else the public figures, with small counts withheld ({@link SmallCells})
 * and no amounts.
 */
@ApplicationScoped
public class StatisticsService {

    private static final List<String> COUNTS = List.of("filed", "workers", "accepted", "refused", "resolved",
            "withdrawn", "overdueNow", "decided", "decidedWithinClock");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    StatisticsConfig config;

    @Inject
    ObjectMapper json;

    public WageComplaintStatistics wageComplaints(YearMonth from, YearMonth to, String district) {
        if (from.isAfter(to)) {
            throw ProblemException.withErrors(400, "VALIDATION_FAILED",
                    List.of(new ProblemException.Violation("from", "PERIOD_REVERSED")));
        }
        Audience audience = audience(district);
        String office = district;
        if (audience == Audience.FULL && office == null && !user.hasRole(Roles.ANALYST) && !user.hasRole(Roles.ADMIN)
                && !user.isCityLevel()) {
            office = user.requireJurisdiction(); // a district inspector: their own office
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select jurisdiction, month, filed, workers, accepted, refused, resolved, withdrawn, overdue_now,
                       decided, decided_within_clock, days_to_acceptance_median, days_to_acceptance_p90,
                       days_to_resolution_median, days_to_resolution_p90, amount_owed, amount_recovered,
                       cast(refused_by_reason as text), cast(resolved_by_outcome as text), computed_at
                  from wage_complaint_statistics
                 where month between :from and :to and (cast(:office as text) is null or jurisdiction = :office)
                 order by jurisdiction, month
                """).setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1))
                .setParameter("office", office).getResultList();
        List<WageComplaintCell> cells = new ArrayList<>();
        Instant computedAt = null;
        for (Object[] row : rows) {
            cells.add(cell(row, audience));
            computedAt = toInstant(row[19]);
        }
        if (computedAt == null) {
            computedAt = toInstant(em.createNativeQuery("select max(computed_at) from wage_complaint_statistics")
                    .getSingleResult());
        }
        return new WageComplaintStatistics("wage-complaints", new Period(from.toString(), to.toString()), office,
                computedAt, audience, config.smallestPublicCell(), cells);
    }

    /** FULL for analysts, administrators and inspectors of the office asked for; PUBLIC for everyone else. */
    private Audience audience(String district) {
        if (user.hasRole(Roles.ANALYST) || user.hasRole(Roles.ADMIN)) {
            return Audience.FULL;
        }
        if (user.hasRole(Roles.LABOUR_INSPECTOR)) {
            if (user.isCityLevel() || district == null || district.equals(user.requireJurisdiction())) {
                return Audience.FULL;
            }
            // Another district's office: what the public sees.
        }
        return Audience.PUBLIC;
    }

    private WageComplaintCell cell(Object[] row, Audience audience) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < COUNTS.size(); i++) {
            counts.put(COUNTS.get(i), ((Number) row[2 + i]).longValue());
        }
        Map<String, Long> byReason = breakdown((String) row[17]);
        Map<String, Long> byOutcome = breakdown((String) row[18]);
        Double[] days = { number(row[11]), number(row[12]), number(row[13]), number(row[14]) };
        String owed = amount(row[15]);
        String recovered = amount(row[16]);
        List<String> suppressed = new ArrayList<>();
        if (audience == Audience.PUBLIC) {
            Map<String, Long> all = new LinkedHashMap<>(counts);
            byReason.forEach((reason, n) -> all.put("refusedByReason." + reason, n));
            byOutcome.forEach((outcome, n) -> all.put("resolvedByOutcome." + outcome, n));
            List<SmallCells.Sum> sums = List.of(
                    new SmallCells.Sum("decided", List.of("accepted", "refused")),
                    new SmallCells.Sum("refused", byReason.keySet().stream().map(r -> "refusedByReason." + r).toList()));
            Set<String> hidden = SmallCells.suppressed(all, sums, config.smallestPublicCell());
            suppressed.addAll(hidden);
            hidden.forEach(name -> {
                counts.replace(name, null);
                if (name.startsWith("refusedByReason.")) {
                    byReason.remove(name.substring("refusedByReason.".length()));
                } else if (name.startsWith("resolvedByOutcome.")) {
                    byOutcome.remove(name.substring("resolvedByOutcome.".length()));
                }
            });
            // A median of fewer people than a public count may show would tell about them.
            if (counts.get("accepted") == null || counts.get("accepted") < config.smallestPublicCell()) {
                days[0] = null;
                days[1] = null;
            }
            if (counts.get("resolved") == null || counts.get("resolved") < config.smallestPublicCell()) {
                days[2] = null;
                days[3] = null;
            }
            owed = null;
            recovered = null;
        }
        return new WageComplaintCell((String) row[0], YearMonth.from(toLocalDate(row[1])).toString(),
                counts.get("filed"), counts.get("workers"), counts.get("accepted"), counts.get("refused"), byReason,
                counts.get("resolved"), byOutcome, counts.get("withdrawn"), counts.get("overdueNow"),
                counts.get("decided"), counts.get("decidedWithinClock"), days[0], days[1], days[2], days[3], owed,
                recovered, suppressed);
    }

    private Map<String, Long> breakdown(String text) {
        try {
            return new TreeMap<>(json.readValue(text, new TypeReference<Map<String, Long>>() {
            }));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable breakdown in wage_complaint_statistics: " + text, e);
        }
    }

    private static Double number(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }

    private static String amount(Object value) {
        return value == null ? null : ((BigDecimal) value).setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
