package io.mwportal.jobs;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.mwportal.jobs.JobViews.Pay;
import io.mwportal.jobs.JobViews.VacancySummary;
import io.mwportal.jobs.Vacancy.EmploymentType;
import io.mwportal.jobs.Vacancy.PayUnit;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.paging.Keyset;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;

/**
 * Public vacancy search, newest first, without counting the table. Only published vacancies whose valid-through
 * date has not passed are found, so an expired vacancy leaves search the day after, with no job to run.
 *
 * <p>Every filter shape must stay cheap at a million live vacancies (README, "Job search by filter shape"). The planner cannot
 * choose between walking in posting order (right when matches are common) and collecting every match through an
 * index (right when they are rare), because it takes filters to be independent: 焊工 among cooks walked a million
 * rows looking for matches that never came. So the choice is bounded by construction, the same for every shape:
 * <ol>
 * <li>the newest live vacancies (a window of {@code portal.jobs.search-window}) are checked in posting order; when
 * matches are common, the page fills here;</li>
 * <li>otherwise the older ones are collected through one GIN index that holds the keyword bigrams and the
 * equality filters as tokens (district, occupation at every level, employment type, pay floor steps): an exact
 * intersection, small precisely because the window held so few.</li>
 * </ol>
 * Either step costs at most a few thousand rows. Measured shapes and figures: README, "Job search by filter shape".
 * Offsets reach at most {@value #MAX_DEPTH} rows deep; beyond that the client continues with the {@code next} token
 * ({@link Keyset}), which costs what the first page costs. Plans are made with the actual values: the datasource
 * sets {@code plan_cache_mode=force_custom_plan} (application.properties).
 */
@ApplicationScoped
public class JobSearchService {

    /** Offset paging reaches this many rows deep; the {@code next} token goes on from there. */
    static final int MAX_DEPTH = 100;

    private static final String COLUMNS = """
            v.id, v.title, v.employer_name, v.district, v.pay_min, v.pay_max, v.pay_unit, v.occupation_code,
            v.employment_type, v.headcount, v.valid_through, v.posted_at""";

    private static final String LIVE = "v.status = 'PUBLISHED' and v.valid_through >= :today";

    private static final String NEWEST_FIRST = " order by v.posted_at desc, v.id desc";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    JobsConfig config;

    public record Filter(String keyword, String district, String occupation, BigDecimal minMonthlyPay,
            EmploymentType employmentType, LocalDate postedSince, String after) {
    }

    public Page<VacancySummary> search(Filter filter, PageRequest page) {
        Conditions where = conditions(filter, page);
        int wanted = page.offset() + page.size + 1;
        List<Object[]> rows = newestFirst(where, wanted);
        List<Object[]> slice = rows.subList(Math.min(page.offset(), rows.size()), rows.size());
        return Page.fromSlice(slice, page, JobSearchService::summary, null)
                .continuedBy(v -> new Keyset(v.postedAt(), v.id()).token());
    }

    private List<Object[]> newestFirst(Conditions where, int wanted) {
        String newest = "select " + COLUMNS + " from (select " + COLUMNS + ", v.search_terms, v.search_text, v.pay_min_monthly,"
                + " v.search_facets from vacancy v where " + LIVE + where.position + NEWEST_FIRST
                + " limit " + config.searchWindow() + ") v where true" + where.keyword + where.facets + where.range
                + NEWEST_FIRST + " limit :wanted";
        List<Object[]> rows = rows(newest, where, wanted);
        if (rows.size() >= wanted) {
            return rows;
        }
        List<Object[]> edge = rows("select " + COLUMNS + " from vacancy v where " + LIVE + where.position
                + NEWEST_FIRST + " offset " + (config.searchWindow() - 1) + " limit :wanted", where, 1);
        if (edge.isEmpty()) {
            return rows; // the window held every live row there is
        }
        Object[] last = edge.get(0);
        // Materialised so the planner cannot turn this back into a walk in posting order.
        String older = "with m as materialized (select " + COLUMNS + " from vacancy v where " + LIVE + where.position
                + " and (v.posted_at, v.id) < (:edgeAt, :edgeId)" + where.keyword + where.facets + where.range
                + ") select * from m v" + NEWEST_FIRST + " limit :wanted";
        Map<String, Object> params = new LinkedHashMap<>(where.params);
        params.put("edgeAt", toInstant(last[11]).atOffset(ZoneOffset.UTC));
        params.put("edgeId", ((Number) last[0]).longValue());
        List<Object[]> all = new ArrayList<>(rows);
        all.addAll(rows(older, params, wanted - rows.size()));
        return all;
    }

    private List<Object[]> rows(String sql, Conditions where, int wanted) {
        return rows(sql, where.params, wanted);
    }

    /** Runs {@code sql} with those of {@code params} it names (the fragments of one filter differ per query). */
    private List<Object[]> rows(String sql, Map<String, Object> params, int wanted) {
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        query.setParameter("wanted", wanted);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /**
     * The filter as SQL fragments: the position to continue from, the keyword, the equality filters as index
     * tokens (for the keyword index) and as columns (for the posting-order index), and the ranges.
     */
    private Conditions conditions(Filter filter, PageRequest page) {
        Conditions c = new Conditions();
        c.params.put("today", PortalTime.today(clock));
        if (filter.after() != null) {
            if (page.page != 0) {
                throw ProblemException.withErrors(400, "VALIDATION_FAILED",
                        List.of(new Violation("page", "PAGE_WITH_CURSOR")));
            }
            Keyset after = Keyset.parse(filter.after()).orElseThrow(() -> ProblemException.withErrors(400,
                    "VALIDATION_FAILED", List.of(new Violation("after", "INVALID_CURSOR"))));
            c.position = " and (v.posted_at, v.id) < (:afterAt, :afterId)";
            c.params.put("afterAt", after.at().atOffset(ZoneOffset.UTC));
            c.params.put("afterId", after.id());
        } else if (page.offset() + page.size > MAX_DEPTH) {
            throw ProblemException.withErrors(400, "VALIDATION_FAILED",
                    List.of(new Violation("page", "PAGE_TOO_DEEP", Integer.toString(MAX_DEPTH))));
        }
        if (filter.keyword() != null) {
            List<String> words = SearchTerms.queryWords(filter.keyword());
            if (words.isEmpty()) {
                throw ProblemException.withErrors(400, "VALIDATION_FAILED",
                        List.of(new Violation("q", "KEYWORD_EMPTY")));
            }
            // One-character words have no bigram: the substring check alone finds them.
            Set<String> terms = new LinkedHashSet<>();
            words.forEach(w -> terms.addAll(SearchTerms.bigrams(w)));
            StringBuilder keyword = new StringBuilder();
            if (!terms.isEmpty()) {
                keyword.append(" and v.search_terms @> cast(:terms as text[])");
                c.params.put("terms", arrayLiteral(terms));
            }
            for (int i = 0; i < words.size(); i++) {
                keyword.append(" and v.search_text like :word").append(i).append(" escape '\\'");
                c.params.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
            }
            c.keyword = keyword.toString();
        }
        Set<String> facets = new LinkedHashSet<>();
        if (filter.district() != null) {
            facets.add("d:" + filter.district());
        }
        if (filter.occupation() != null) {
            facets.add("o:" + filter.occupation());
        }
        if (filter.employmentType() != null) {
            facets.add("t:" + filter.employmentType().name());
        }
        StringBuilder range = new StringBuilder();
        if (filter.minMonthlyPay() != null) {
            range.append(" and v.pay_min_monthly >= :minPay");
            c.params.put("minPay", filter.minMonthlyPay());
            payStep(filter.minMonthlyPay()).ifPresent(step -> facets.add("p:" + step));
        }
        if (filter.postedSince() != null) {
            range.append(" and v.posted_at >= :since");
            c.params.put("since", filter.postedSince().atStartOfDay(PortalTime.ZONE).toOffsetDateTime());
        }
        c.range = range.toString();
        if (!facets.isEmpty()) {
            c.facets = " and v.search_facets @> cast(:facets as text[])";
            c.params.put("facets", arrayLiteral(facets));
        }
        return c;
    }

    /** The pay steps of {@code vacancy_pay_steps} (V18): a vacancy paying at least a step carries its token. */
    static final int[] PAY_STEPS = { 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 5500, 6000, 6500, 7000,
            7500, 8000, 9000, 10000, 12000, 15000, 20000, 30000, 50000 };

    /** The highest step a minimum pay reaches (its token narrows the keyword index; the exact floor is rechecked). */
    static OptionalInt payStep(BigDecimal minMonthlyPay) {
        return Arrays.stream(PAY_STEPS).filter(step -> minMonthlyPay.compareTo(BigDecimal.valueOf(step)) >= 0).max();
    }

    /** SQL fragments of one search, each empty or starting with {@code " and "}, and their parameters. */
    private static final class Conditions {
        final Map<String, Object> params = new LinkedHashMap<>();
        String position = "";
        String keyword = "";
        String facets = "";
        String range = "";
    }

    private static VacancySummary summary(Object[] r) {
        return new VacancySummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                new Pay((BigDecimal) r[4], (BigDecimal) r[5], PayUnit.valueOf((String) r[6])), (String) r[7],
                EmploymentType.valueOf((String) r[8]), ((Number) r[9]).intValue(), toDate(r[10]), toInstant(r[11]));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (java.time.Instant) value;
    }

    /** A PostgreSQL text[] literal with every element quoted. */
    static String arrayLiteral(Set<String> terms) {
        return terms.stream().map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
