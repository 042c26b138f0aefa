package io.mwportal.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;
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
 * Statistics from the summaries {@link StatisticsRefresh} rebuilds (never from the cases themselves). Who sees what:
 * analysts and administrators every office with amounts; the officers of a service (labour inspectors for wages, job
 * centres for jobs, legal-aid, residence and training officers) the same for their own office (city-level ones for
 * every office); anyone else the public figures, with small counts withheld ({@link SmallCells}) and no amounts.
 */
@ApplicationScoped
public class StatisticsService {

    private static final List<String> COMPLAINT_COUNTS = List.of("filed", "workers", "accepted", "refused",
            "resolved", "withdrawn", "overdueNow", "decided", "decidedWithinClock");
    private static final List<String> REPORT_COUNTS = List.of("received", "workers", "caseOpened", "closed",
            "pending");
    private static final List<String> LEGAL_AID_COUNTS = List.of("filed", "approved", "refused",
            "grantedProvisionally", "objected", "aidOrderedOnObjection", "assigned", "resolved", "withdrawn",
            "overdueNow", "decided", "decidedWithinClock");
    private static final List<String> RESIDENCE_COUNTS = List.of("filed", "accepted", "refused", "issued",
            "collected", "withdrawn", "pending", "overdueNow", "issuedWithinClock");
    private static final List<String> TRAINING_COUNTS = List.of("enrolments", "completions", "waitlisted",
            "subsidiesApproved");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    StatisticsConfig config;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "portal.training.yearly-target")
    int trainingTarget;

    public WageComplaintStatistics wageComplaints(YearMonth from, YearMonth to, String district) {
        Scope scope = scope(from, to, district, Roles.LABOUR_INSPECTOR);
        List<Object[]> rows = rows("""
                select jurisdiction, month, filed, workers, accepted, refused, resolved, withdrawn, overdue_now,
                       decided, decided_within_clock, days_to_acceptance_median, days_to_acceptance_p90,
                       days_to_resolution_median, days_to_resolution_p90, amount_owed, amount_recovered,
                       cast(refused_by_reason as text), cast(resolved_by_outcome as text), computed_at
                  from wage_complaint_statistics
                 where month between :from and :to and (cast(:office as text) is null or jurisdiction = :office)
                 order by jurisdiction, month
                """, scope);
        List<WageComplaintCell> cells = new ArrayList<>();
        for (Object[] row : rows) {
            Figures figures = figures(row, 2, COMPLAINT_COUNTS, List.of(
                    new Breakdown("refusedByReason", "refused", (String) row[17]),
                    new Breakdown("resolvedByOutcome", "resolved", (String) row[18])), scope.audience(),
                    List.of(new SmallCells.Sum("decided", List.of("accepted", "refused"))));
            Double[] days = figures.days(row, 11, count(row[4]), count(row[6])); // over accepted, over resolved
            boolean amounts = scope.audience() == Audience.FULL;
            cells.add(new WageComplaintCell((String) row[0], month(row[1]), figures.count("filed"),
                    figures.count("workers"), figures.count("accepted"), figures.count("refused"),
                    figures.breakdown("refusedByReason"), figures.count("resolved"),
                    figures.breakdown("resolvedByOutcome"), figures.count("withdrawn"), figures.count("overdueNow"),
                    figures.count("decided"), figures.count("decidedWithinClock"), days[0], days[1], days[2], days[3],
                    amounts ? amount(row[15]) : null, amounts ? amount(row[16]) : null, figures.suppressed()));
        }
        return new WageComplaintStatistics("wage-complaints", scope.period(), scope.office(),
                computedAt(rows, 19, "wage_complaint_statistics"), scope.audience(), config.smallestPublicCell(), cells);
    }

    public WageReportStatistics wageReports(YearMonth from, YearMonth to, String district) {
        Scope scope = scope(from, to, district, Roles.LABOUR_INSPECTOR);
        List<Object[]> rows = rows("""
                select jurisdiction, month, received, workers, case_opened, closed, pending,
                       days_to_handling_median, days_to_handling_p90, cast(closed_by_reason as text), computed_at
                  from wage_report_statistics
                 where month between :from and :to and (cast(:office as text) is null or jurisdiction = :office)
                 order by jurisdiction, month
                """, scope);
        List<WageReportCell> cells = new ArrayList<>();
        for (Object[] row : rows) {
            Figures figures = figures(row, 2, REPORT_COUNTS, List.of(new Breakdown("closedByReason", "closed",
                    (String) row[9])), scope.audience(),
                    List.of(new SmallCells.Sum("received", List.of("caseOpened", "closed", "pending"))));
            Double[] days = figures.days(row, 7, count(row[4]) + count(row[5])); // over the reports handled
            cells.add(new WageReportCell((String) row[0], month(row[1]), figures.count("received"),
                    figures.count("workers"), figures.count("caseOpened"), figures.count("closed"),
                    figures.breakdown("closedByReason"), figures.count("pending"), days[0], days[1],
                    figures.suppressed()));
        }
        return new WageReportStatistics("wage-reports", scope.period(), scope.office(),
                computedAt(rows, 10, "wage_report_statistics"), scope.audience(), config.smallestPublicCell(), cells);
    }

    public JobStatistics jobs(YearMonth from, YearMonth to, String district) {
        Scope scope = scope(from, to, district, Roles.JOB_CENTER);
        List<Object[]> rows = rows("""
                select district, month, occupation_group, published, headcount, applications, pay_median, computed_at
                  from vacancy_statistics
                 where month between :from and :to and (cast(:office as text) is null or district = :office)
                 order by district, month, occupation_group
                """, scope);
        List<JobCell> cells = new ArrayList<>();
        for (Object[] row : rows) {
            // Vacancies and their pay are public; only applications count people.
            long applications = ((Number) row[5]).longValue();
            boolean withheld = scope.audience() == Audience.PUBLIC && applications > 0
                    && applications < config.smallestPublicCell();
            BigDecimal payMedian = row[6] == null ? null
                    : BigDecimal.valueOf(((Number) row[6]).doubleValue()).setScale(2, RoundingMode.HALF_UP);
            cells.add(new JobCell((String) row[0], month(row[1]), (String) row[2], ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue(), amount(payMedian), withheld ? null : applications,
                    withheld ? List.of("applications") : List.of()));
        }
        return new JobStatistics("jobs", scope.period(), scope.office(), computedAt(rows, 7, "vacancy_statistics"),
                scope.audience(), config.smallestPublicCell(), cells);
    }

    public LegalAidStatistics legalAid(YearMonth from, YearMonth to, String district) {
        Scope scope = scope(from, to, district, Roles.LEGAL_AID_OFFICER);
        List<Object[]> rows = rows("""
                select jurisdiction, month, filed, approved, refused, granted_provisionally, objected,
                       aid_ordered_on_objection, assigned, resolved, withdrawn, overdue_now, decided,
                       decided_within_clock, days_to_decision_median, days_to_decision_p90,
                       days_to_assignment_median, days_to_assignment_p90, amount_claimed, amount_obtained,
                       cast(filed_by_matter as text), cast(refused_by_reason as text),
                       cast(resolved_by_outcome as text), computed_at
                  from legal_aid_statistics
                 where month between :from and :to and (cast(:office as text) is null or jurisdiction = :office)
                 order by jurisdiction, month
                """, scope);
        List<LegalAidCell> cells = new ArrayList<>();
        for (Object[] row : rows) {
            Figures figures = figures(row, 2, LEGAL_AID_COUNTS, List.of(
                    new Breakdown("filedByMatter", "filed", (String) row[20]),
                    new Breakdown("refusedByReason", "refused", (String) row[21]),
                    new Breakdown("resolvedByOutcome", "resolved", (String) row[22])), scope.audience(),
                    List.of(new SmallCells.Sum("decided", List.of("approved", "refused"))));
            Double[] days = figures.days(row, 14, count(row[12]), count(row[8])); // over decided, over assigned
            boolean amounts = scope.audience() == Audience.FULL;
            cells.add(new LegalAidCell((String) row[0], month(row[1]), figures.count("filed"),
                    figures.breakdown("filedByMatter"), figures.count("approved"), figures.count("refused"),
                    figures.breakdown("refusedByReason"), figures.count("grantedProvisionally"),
                    figures.count("objected"), figures.count("aidOrderedOnObjection"), figures.count("assigned"),
                    figures.count("resolved"), figures.breakdown("resolvedByOutcome"), figures.count("withdrawn"),
                    figures.count("overdueNow"), figures.count("decided"), figures.count("decidedWithinClock"),
                    days[0], days[1], days[2], days[3], amounts ? amount(row[18]) : null,
                    amounts ? amount(row[19]) : null, figures.suppressed()));
        }
        return new LegalAidStatistics("legal-aid", scope.period(), scope.office(),
                computedAt(rows, 23, "legal_aid_statistics"), scope.audience(), config.smallestPublicCell(), cells);
    }

    public ResidencePermitStatistics residencePermits(YearMonth from, YearMonth to, String district) {
        Scope scope = scope(from, to, district, Roles.RESIDENCE_OFFICER);
        List<Object[]> rows = rows("""
                select jurisdiction, month, filed, accepted, refused, issued, collected, withdrawn, pending,
                       overdue_now, issued_within_clock, days_to_acceptance_median, days_to_acceptance_p90,
                       days_to_issue_median, days_to_issue_p90, cast(refused_by_reason as text), computed_at
                  from residence_permit_statistics
                 where month between :from and :to and (cast(:office as text) is null or jurisdiction = :office)
                 order by jurisdiction, month
                """, scope);
        List<ResidencePermitCell> cells = new ArrayList<>();
        for (Object[] row : rows) {
            // Every application ends issued (or collected), refused or withdrawn, or is still pending.
            Figures figures = figures(row, 2, RESIDENCE_COUNTS, List.of(
                    new Breakdown("refusedByReason", "refused", (String) row[15])), scope.audience(),
                    List.of(new SmallCells.Sum("filed", List.of("issued", "refused", "withdrawn", "pending"))));
            Double[] days = figures.days(row, 11, count(row[3]), count(row[5])); // over accepted, over issued
            cells.add(new ResidencePermitCell((String) row[0], month(row[1]), figures.count("filed"),
                    figures.count("accepted"), figures.count("refused"), figures.breakdown("refusedByReason"),
                    figures.count("issued"), figures.count("collected"), figures.count("withdrawn"),
                    figures.count("pending"), figures.count("overdueNow"), figures.count("issuedWithinClock"),
                    days[0], days[1], days[2], days[3], figures.suppressed()));
        }
        return new ResidencePermitStatistics("residence-permits", scope.period(), scope.office(),
                computedAt(rows, 16, "residence_permit_statistics"), scope.audience(), config.smallestPublicCell(),
                cells);
    }

    public TrainingStatistics training(YearMonth from, YearMonth to, String district) {
        Scope scope = scope(from, to, district, Roles.TRAINING_OFFICER);
        List<Object[]> rows = rows("""
                select jurisdiction, month, occupation_group, enrolments, completions, waitlisted,
                       subsidies_approved, subsidy_amount, computed_at
                  from training_statistics
                 where month between :from and :to and (cast(:office as text) is null or jurisdiction = :office)
                 order by jurisdiction, month, occupation_group
                """, scope);
        List<TrainingCell> cells = new ArrayList<>();
        for (Object[] row : rows) {
            Figures figures = figures(row, 3, TRAINING_COUNTS, List.of(), scope.audience(), List.of());
            cells.add(new TrainingCell((String) row[0], month(row[1]), (String) row[2], figures.count("enrolments"),
                    figures.count("completions"), figures.count("waitlisted"), figures.count("subsidiesApproved"),
                    scope.audience() == Audience.FULL ? amount(row[7]) : null, figures.suppressed()));
        }
        return new TrainingStatistics("training", scope.period(), scope.office(),
                computedAt(rows, 8, "training_statistics"), scope.audience(), config.smallestPublicCell(),
                trainingTarget(to.getYear(), scope.audience()), cells);
    }

    /**
     * The city's yearly target of enrolments (every office: the target is the city's) and the year's progress. The
     * public gets the year's totals rounded down to tens: exact, they minus the year's visible cells would give the
     * withheld ones.
     */
    private TrainingTarget trainingTarget(int year, Audience audience) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select coalesce(sum(enrolments), 0), coalesce(sum(subsidies_approved), 0) from training_statistics
                 where month >= make_date(:year, 1, 1) and month < make_date(:year + 1, 1, 1)
                """).setParameter("year", year).getSingleResult();
        long enrolments = count(row[0]);
        long subsidies = count(row[1]);
        if (audience == Audience.PUBLIC) {
            enrolments -= enrolments % 10;
            subsidies -= subsidies % 10;
        }
        return new TrainingTarget(year, trainingTarget, enrolments, subsidies,
                BigDecimal.valueOf(enrolments * 100L).divide(BigDecimal.valueOf(trainingTarget), 1,
                        RoundingMode.HALF_UP));
    }

    /** What a request may see: the period, the office (a district officer: their own) and the audience. */
    private record Scope(YearMonth from, YearMonth to, String office, Audience audience) {
        Period period() {
            return new Period(from.toString(), to.toString());
        }
    }

    /** {@code officer}: the role that handles the service counted, whose district officers see their own office. */
    private Scope scope(YearMonth from, YearMonth to, String district, String officer) {
        if (from.isAfter(to)) {
            throw ProblemException.withErrors(400, "VALIDATION_FAILED",
                    List.of(new ProblemException.Violation("from", "PERIOD_REVERSED")));
        }
        Audience audience = audience(district, officer);
        String office = district;
        if (audience == Audience.FULL && office == null && !user.hasRole(Roles.ANALYST) && !user.hasRole(Roles.ADMIN)
                && !user.isCityLevel()) {
            office = user.requireJurisdiction(); // a district inspector: their own office
        }
        return new Scope(from, to, office, audience);
    }

    private List<Object[]> rows(String sql, Scope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("from", scope.from().atDay(1))
                .setParameter("to", scope.to().atDay(1)).setParameter("office", scope.office()).getResultList();
        return rows;
    }

    private Instant computedAt(List<Object[]> rows, int column, String summary) {
        Object at = rows.isEmpty()
                ? em.createNativeQuery("select max(computed_at) from " + summary).getSingleResult()
                : rows.get(rows.size() - 1)[column];
        return PortalTime.instant(at);
    }

    /** FULL for analysts, administrators and the service's officers of the office asked for; else PUBLIC. */
    private Audience audience(String district, String officer) {
        if (user.hasRole(Roles.ANALYST) || user.hasRole(Roles.ADMIN)) {
            return Audience.FULL;
        }
        if (user.hasRole(officer) && user.jurisdiction().isPresent()) {
            if (user.isCityLevel() || district == null || district.equals(user.jurisdiction().get())) {
                return Audience.FULL;
            }
            // Another district's office: what the public sees.
        }
        return Audience.PUBLIC;
    }

    /** A JSON object of code → count that adds up to the count {@code total}. */
    private record Breakdown(String name, String total, String json) {
    }

    /**
     * The counts of one cell (from column {@code first}, named {@code names}) and its breakdowns, with what the
     * audience may not see withheld: for the public every count under the smallest public cell and those that would
     * give it away ({@link SmallCells}; each breakdown adds up to its count).
     */
    private Figures figures(Object[] row, int first, List<String> names, List<Breakdown> breakdowns,
            Audience audience, List<SmallCells.Sum> sums) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            counts.put(names.get(i), ((Number) row[first + i]).longValue());
        }
        Map<String, Map<String, Long>> parts = new LinkedHashMap<>();
        breakdowns.forEach(breakdown -> parts.put(breakdown.name(), breakdown(breakdown.json())));
        if (audience == Audience.FULL) {
            return new Figures(counts, parts, List.of(), config.smallestPublicCell(), false);
        }
        Map<String, Long> all = new LinkedHashMap<>(counts);
        List<SmallCells.Sum> allSums = new ArrayList<>(sums);
        for (Breakdown breakdown : breakdowns) {
            Map<String, Long> codes = parts.get(breakdown.name());
            codes.forEach((code, n) -> all.put(breakdown.name() + "." + code, n));
            allSums.add(new SmallCells.Sum(breakdown.total(),
                    codes.keySet().stream().map(code -> breakdown.name() + "." + code).toList()));
        }
        Set<String> hidden = SmallCells.suppressedCell(all, names.get(0), allSums, config.smallestPublicCell());
        List<String> suppressed = new ArrayList<>();
        for (String name : hidden) {
            int dot = name.indexOf('.');
            if (dot < 0) {
                counts.remove(name);
                suppressed.add(name);
            } else if (!suppressed.contains(name.substring(0, dot))) {
                // The whole breakdown: naming the withheld code would say that someone has it.
                parts.get(name.substring(0, dot)).clear();
                suppressed.add(name.substring(0, dot));
            }
        }
        return new Figures(counts, parts, suppressed, config.smallestPublicCell(), true);
    }

    private record Figures(Map<String, Long> counts, Map<String, Map<String, Long>> breakdowns,
            List<String> suppressed, int smallest, boolean isPublic) {

        Long count(String name) {
            return counts.get(name);
        }

        Map<String, Long> breakdown(String name) {
            return breakdowns.get(name);
        }

        /**
         * Medians and 90th percentiles from column {@code first} on, in pairs, each pair over {@code bases} people;
         * withheld from the public under the smallest public cell (a median of fewer people tells about them), the
         * 90th percentile under twice that (of few people it is nearly the largest one's own figure).
         */
        Double[] days(Object[] row, int first, long... bases) {
            Double[] days = new Double[bases.length * 2];
            for (int i = 0; i < days.length; i++) {
                long needed = i % 2 == 0 ? smallest : 2L * smallest;
                days[i] = isPublic && bases[i / 2] < needed ? null : number(row[first + i]);
            }
            return days;
        }
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private Map<String, Long> breakdown(String text) {
        try {
            return new TreeMap<>(json.readValue(text, new TypeReference<Map<String, Long>>() {
            }));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable breakdown in a statistics summary: " + text, e);
        }
    }

    private static Double number(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }

    private static String amount(Object value) {
        return value == null ? null : ((BigDecimal) value).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String month(Object value) {
        return YearMonth.from(PortalTime.date(value)).toString();
    }

}
