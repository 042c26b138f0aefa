package io.mwportal.jobs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
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
 * <p>Every filter shape must stay cheap at a million live vacancies (README, "Job search by filter shape"). The
 * planner cannot choose between walking in posting order (right when matches are common) and collecting every match
 * through an index (right when they are rare), because it takes filters to be independent: 焊工 among cooks walked a
 * million rows looking for matches that never came. So the service chooses, from what it has seen:
 * <ol>
 * <li>it checks the newest live vacancies in posting order (of the district, occupation and employment type asked
 * for, through their own posting-order indexes), a window of {@code portal.jobs.search-window} rows; when matches
 * are common, the page fills here. Those indexes carry the monthly pay floor (V26): with {@code minPay} the walk checks
 * it on the index and reads from the table only the rows that pay enough;</li>
 * <li>from the hits per row so far it estimates both ways to the rows still missing (walking on, or fetching about
 * {@code rate × live rows} through the GIN index of keyword bigrams and filter tokens) and walks on in steps while
 * that is cheaper, up to {@link #MAX_WALK} rows;</li>
 * <li>otherwise it collects the older matches through the GIN index, asking it only for the tokens that narrow
 * (PostgreSQL's statistics say how common each is) and rechecking the rest on the rows.</li>
 * </ol>
 * A request gets at most {@value #MAX_DEPTH} results, and offsets reach at most that deep; beyond that the client
 * continues with the {@code next} token ({@link Keyset}), which costs what the first page costs. The bound is what keeps
 * every shape under 20 ms: a keyword in 1 % of a million vacancies needs about 100 rows checked per result wanted, so
 * the cost grows with the results wanted, not with the table (100 wanted: 25 ms; README, "Job search by filter
 * shape"). Plans are made with the actual values: the datasource
 * sets {@code plan_cache_mode=force_custom_plan} (application.properties).
 */
@ApplicationScoped
public class JobSearchService {

    /** Results of one request, and how deep offset paging reaches; the {@code next} token goes on from there. */
    static final int MAX_DEPTH = 60;

    /**
     * Relative costs, measured at a million vacancies: a row checked in posting order and a row fetched through the
     * GIN index cost about the same (3-4 µs once the rows are older than the cached head of the table), and reading
     * the index's lists for common filters costs a few ms, about 1,500 rows' worth. A walk never goes past
     * {@link #MAX_WALK} rows.
     */
    private static final double WALK_COST = 1;
    private static final double FETCH_COST = 1;
    private static final double INDEX_COST = 1500;
    /** A row walked on the index alone (index-only, as with a pay floor): 8,000 rows in 3 ms, warm. */
    private static final double INDEX_ROW_COST = 0.15;
    private static final long MAX_WALK = 40_000;
    private static final long MAX_STEP = 5_000;

    /** A filter token carried by more than this share of vacancies is rechecked on rows, not asked of the index. */
    private static final double COMMON_TOKEN = 0.3;

    private volatile TableStatistics statistics;

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

    /**
     * Walks in posting order while that is the cheaper way to the rows still wanted, then collects the rest through
     * the GIN index. After each window the hits per row walked tell both costs: walking on needs about
     * {@code missing / rate} more rows, the index about {@code rate × rows walkable} fetches plus reading its lists.
     */
    private List<Object[]> newestFirst(Conditions where, int wanted) {
        Map<String, Object> params = new LinkedHashMap<>(where.params);
        List<Object[]> found = new ArrayList<>();
        String position = where.position;
        long walked = 0;
        long window = config.searchWindow();
        // A walk through fewer rows than the window reads all of them whatever it finds: a rare combination of
        // district, occupation and type goes to the index at once.
        boolean walk = where.walkTokens.isEmpty() || rowsWalkable(where) >= window;
        while (walk) {
            // Rows of the window are checked on their columns: substring and plain comparisons are cheaper than
            // reading the token arrays, and a matching substring implies its bigrams.
            found.addAll(rows(!where.payFloor
                    ? "select " + COLUMNS + " from (select " + COLUMNS + ", v.search_text, v.pay_min_monthly"
                            + " from vacancy v where " + LIVE + where.walk + position + NEWEST_FIRST + " limit " + window
                            + ") v where true" + where.substrings + where.columns + where.range + NEWEST_FIRST
                            + " limit :wanted"
                    // The pay floor and posting date are checked on the walk index (index-only); only the rows that
                    // pass are read from the table for the rest, in the walk's order (so the limit stops the walk).
                    : "select " + COLUMNS + " from (select v.id, v.posted_at from (select v.id, v.posted_at,"
                            + " v.pay_min_monthly from vacancy v where " + LIVE + where.walk + position + NEWEST_FIRST
                            + " limit " + window + ") v where true" + where.range + ") w join vacancy v on v.id = w.id"
                            + " where true" + where.substrings + where.columns + " order by w.posted_at desc, w.id desc"
                            + " limit :wanted",
                    params, wanted - found.size()));
            if (found.size() >= wanted) {
                return found;
            }
            // Where the window ended (from the posting-order index alone, which carries valid_through).
            List<Object[]> edge = rows("select v.posted_at, v.id from vacancy v where " + LIVE + where.walk + position
                    + NEWEST_FIRST + " offset " + (window - 1) + " limit :wanted", params, 1);
            if (edge.isEmpty()) {
                return found; // every live row has been checked
            }
            params.put("edgeAt", PortalTime.instant(edge.get(0)[0]).atOffset(ZoneOffset.UTC));
            params.put("edgeId", ((Number) edge.get(0)[1]).longValue());
            position = " and (v.posted_at, v.id) < (:edgeAt, :edgeId)";
            walked += window;
            double rate = found.size() / (double) walked;
            long walkOn = rate == 0 ? Long.MAX_VALUE : (long) Math.ceil(1.25 * (wanted - found.size()) / rate);
            double byIndex = FETCH_COST * rate * rowsWalkable(where) + INDEX_COST;
            if (walkOn > MAX_WALK - walked || walkOn * walkCost(where) > byIndex) {
                break;
            }
            // In steps: asked for tens of thousands of rows at once, the planner prefers reading the whole table and
            // sorting it to walking the index.
            window = Math.min(walkOn, MAX_STEP);
        }
        // Materialised so the planner cannot turn this back into a walk in posting order.
        found.addAll(rows("with m as materialized (select " + COLUMNS + " from vacancy v where " + LIVE + position
                + where.tokens + where.substrings + where.walk + where.columns + where.range + ") select * from m v"
                + NEWEST_FIRST + " limit :wanted", params, wanted - found.size()));
        return found;
    }

    /**
     * Live vacancies that the walk goes through (those of its district, occupation and type), as PostgreSQL's
     * statistics estimate them; a token too rare to be among the common ones counts as 0.1 %.
     */
    private double rowsWalkable(Conditions where) {
        TableStatistics statistics = statistics();
        double share = 1;
        for (String token : where.walkTokens) {
            share *= statistics.tokenFrequency().getOrDefault(token, 0.001);
        }
        return share * statistics.liveRows();
    }

    /**
     * The cost of a row walked: with a pay floor the walk reads the index alone and the table only for the share of
     * rows that pay enough (PostgreSQL's statistics of the pay step's token).
     */
    private double walkCost(Conditions where) {
        if (!where.payFloor) {
            return WALK_COST;
        }
        double paying = where.payToken == null ? 1 : statistics().tokenFrequency().getOrDefault(where.payToken, 0.001);
        return INDEX_ROW_COST + WALK_COST * paying;
    }

    /**
     * The filter tokens worth asking the GIN index for: a token that most vacancies carry (the employment type
     * nearly all have, a low pay step, a large occupation group) makes the index read a long list and narrows
     * little, so it is left to the recheck on the rows fetched. The rarest token always stays.
     */
    private Set<String> selective(Set<String> facets) {
        Map<String, Double> frequency = statistics().tokenFrequency();
        Set<String> selective = new LinkedHashSet<>();
        facets.stream().filter(f -> frequency.getOrDefault(f, 0.0) <= COMMON_TOKEN).forEach(selective::add);
        if (selective.isEmpty()) {
            facets.stream().min(Comparator.comparing(f -> frequency.getOrDefault(f, 0.0))).ifPresent(selective::add);
        }
        return selective;
    }

    /** What PostgreSQL's statistics say of the table (ANALYZE keeps them current), reread every ten minutes. */
    private TableStatistics statistics() {
        TableStatistics current = statistics;
        if (current == null || System.nanoTime() - current.readAt() > TimeUnit.MINUTES.toNanos(10)) {
            long rows = ((Number) em.createNativeQuery("select reltuples from pg_class where oid = 'vacancy'::regclass")
                    .getSingleResult()).longValue();
            @SuppressWarnings("unchecked")
            List<Object[]> tokens = em.createNativeQuery("""
                    select u.token, u.frequency
                      from pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) u(token, frequency)
                     where s.schemaname = current_schema() and s.tablename = 'vacancy' and s.attname = 'search_facets'
                       and u.token is not null
                    """).getResultList();
            Map<String, Double> frequency = tokens.stream().collect(Collectors.toMap(t -> (String) t[0],
                    t -> ((Number) t[1]).doubleValue(), (a, b) -> a));
            current = new TableStatistics(Math.max(0, rows), frequency, System.nanoTime());
            statistics = current;
        }
        return current;
    }

    private record TableStatistics(long liveRows, Map<String, Double> tokenFrequency, long readAt) {
    }

    /** Runs {@code sql} with those of {@code params} it names (the fragments of one filter differ per query). */
    private List<Object[]> rows(String sql, Map<String, Object> params, int wanted) {
        Query query = em.createNativeQuery(sql);
        query.setParameter("wanted", wanted);
        for (Parameter<?> parameter : query.getParameters()) { // the names this statement declares
            if (params.containsKey(parameter.getName())) {
                query.setParameter(parameter.getName(), params.get(parameter.getName()));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** The filter as SQL fragments ({@link Conditions}), or a 400 naming what is wrong with it. */
    private Conditions conditions(Filter filter, PageRequest page) {
        Conditions c = new Conditions();
        StringBuilder tokens = new StringBuilder();
        c.params.put("today", PortalTime.today(clock));
        if (page.size > MAX_DEPTH) {
            throw ProblemException.withErrors(400, "VALIDATION_FAILED",
                    List.of(new Violation("size", "PAGE_TOO_LARGE", Integer.toString(MAX_DEPTH))));
        }
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
            tokens.append(terms.isEmpty() ? "" : " and v.search_terms @> cast(:terms as text[])");
            c.params.put("terms", arrayLiteral(terms));
            StringBuilder substrings = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                substrings.append(" and v.search_text like :word").append(i).append(" escape '\\'");
                c.params.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
            }
            c.substrings = substrings.toString();
        }
        // Equality filters with an index in posting order narrow the walk itself; an occupation group is checked
        // on the rows walked.
        Set<String> facets = new LinkedHashSet<>();
        StringBuilder walk = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        if (filter.district() != null) {
            facets.add("d:" + filter.district());
            c.walkTokens.add("d:" + filter.district());
            walk.append(" and v.district = :district");
            c.params.put("district", filter.district());
        }
        if (filter.occupation() != null) {
            facets.add("o:" + filter.occupation());
            if (filter.occupation().length() >= 10) {
                c.walkTokens.add("o:" + filter.occupation());
                walk.append(" and v.occupation_code = :occupation");
                c.params.put("occupation", filter.occupation());
            } else {
                columns.append(" and v.occupation_code like :occupation");
                c.params.put("occupation", filter.occupation() + "-%");
            }
        }
        if (filter.employmentType() != null) {
            facets.add("t:" + filter.employmentType().name());
            c.walkTokens.add("t:" + filter.employmentType().name());
            walk.append(" and v.employment_type = :type");
            c.params.put("type", filter.employmentType().name());
        }
        c.walk = walk.toString();
        c.columns = columns.toString();
        StringBuilder range = new StringBuilder();
        if (filter.minMonthlyPay() != null) {
            range.append(" and v.pay_min_monthly >= :minPay");
            c.params.put("minPay", filter.minMonthlyPay());
            c.payFloor = true;
            payStep(filter.minMonthlyPay()).ifPresent(step -> {
                c.payToken = "p:" + step;
                facets.add(c.payToken);
            });
        }
        if (filter.postedSince() != null) {
            range.append(" and v.posted_at >= :since");
            c.params.put("since", filter.postedSince().atStartOfDay(PortalTime.ZONE).toOffsetDateTime());
        }
        c.range = range.toString();
        Set<String> selective = selective(facets);
        if (!selective.isEmpty()) {
            tokens.append(" and v.search_facets @> cast(:facets as text[])");
            c.params.put("facets", arrayLiteral(selective));
        }
        c.tokens = tokens.toString();
        return c;
    }

    /**
     * The pay steps of {@code vacancy_pay_floor_steps} (V25): a vacancy paying at least a step carries its token. Every
     * 200 yuan up to 10,000, so that a floor on a step is answered by the index without a recheck of wider pay.
     */
    static final int[] PAY_STEPS = java.util.stream.IntStream.concat(
            java.util.stream.IntStream.iterate(1000, step -> step <= 10_000, step -> step + 200),
            java.util.stream.IntStream.of(12_000, 15_000, 20_000, 30_000, 50_000)).toArray();

    /** The highest step a minimum pay reaches (its token narrows the keyword index; the exact floor is rechecked). */
    static OptionalInt payStep(BigDecimal minMonthlyPay) {
        return Arrays.stream(PAY_STEPS).filter(step -> minMonthlyPay.compareTo(BigDecimal.valueOf(step)) >= 0).max();
    }

    /**
     * SQL fragments of one search, each empty or starting with {@code " and "}, and their parameters: the position
     * to continue from; the equality filters that narrow the walk in posting order (and their tokens); the keyword
     * and equality filters as index tokens (for the GIN index) and as substrings and columns (for rows already
     * read); the ranges.
     */
    private static final class Conditions {
        final Map<String, Object> params = new LinkedHashMap<>();
        final Set<String> walkTokens = new LinkedHashSet<>();
        String position = "";
        String walk = "";
        String tokens = "";
        String substrings = "";
        String columns = "";
        String range = "";
        boolean payFloor;
        /** The pay step token a pay floor reaches; null below the lowest step (which every vacancy pays). */
        String payToken;
    }

    private static VacancySummary summary(Object[] r) {
        return new VacancySummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                new Pay((BigDecimal) r[4], (BigDecimal) r[5], PayUnit.valueOf((String) r[6])), (String) r[7],
                EmploymentType.valueOf((String) r[8]), ((Number) r[9]).intValue(), PortalTime.date(r[10]), PortalTime.instant(r[11]));
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
