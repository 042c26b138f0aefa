package io.mwportal.jobs;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;

/**
 * Public vacancy search, newest first, without counting the table. Only published vacancies whose valid-through
 * date has not passed are found, so an expired vacancy leaves search the day after, with no job to run. Keywords
 * go through the bigram GIN index and are rechecked as substrings; district, occupation and recency use B-tree
 * indexes ordered by posting time, so PostgreSQL can stop after one page. This needs plans made with the actual
 * keyword and district: the datasource sets {@code plan_cache_mode=force_custom_plan} (application.properties).
 */
@ApplicationScoped
public class JobSearchService {

    /** Public search pages no deeper than this many rows (offset paging gets slower with depth). */
    static final int MAX_DEPTH = 1000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public record Filter(String keyword, String district, String occupation, BigDecimal minMonthlyPay,
            EmploymentType employmentType, LocalDate postedSince) {
    }

    public Page<VacancySummary> search(Filter filter, PageRequest page) {
        if (page.offset() + page.size > MAX_DEPTH) {
            throw ProblemException.withErrors(400, "VALIDATION_FAILED",
                    List.of(new Violation("page", "PAGE_TOO_DEEP", Integer.toString(MAX_DEPTH))));
        }
        StringBuilder sql = new StringBuilder("""
                select v.id, v.title, v.employer_name, v.district, v.pay_min, v.pay_max, v.pay_unit, v.occupation_code,
                       v.employment_type, v.headcount, v.valid_through, v.posted_at
                  from vacancy v
                 where v.status = 'PUBLISHED' and v.valid_through >= :today""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", PortalTime.today(clock));
        if (filter.keyword() != null) {
            List<String> words = SearchTerms.queryWords(filter.keyword());
            if (words.isEmpty()) {
                throw ProblemException.withErrors(400, "VALIDATION_FAILED",
                        List.of(new Violation("q", "KEYWORD_EMPTY")));
            }
            // One-character words have no bigram: the substring check alone finds them.
            Set<String> terms = new LinkedHashSet<>();
            words.forEach(w -> terms.addAll(SearchTerms.bigrams(w)));
            if (!terms.isEmpty()) {
                sql.append(" and v.search_terms @> cast(:terms as text[])");
                params.put("terms", arrayLiteral(terms));
            }
            for (int i = 0; i < words.size(); i++) {
                sql.append(" and v.search_text like :word").append(i).append(" escape '\\'");
                params.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
            }
        }
        if (filter.district() != null) {
            sql.append(" and v.district = :district");
            params.put("district", filter.district());
        }
        if (filter.occupation() != null) {
            if (filter.occupation().length() == 10 || filter.occupation().length() == 11) {
                sql.append(" and v.occupation_code = :occupation");
                params.put("occupation", filter.occupation());
            } else {
                sql.append(" and v.occupation_code like :occupation");
                params.put("occupation", filter.occupation() + "-%");
            }
        }
        if (filter.minMonthlyPay() != null) {
            sql.append(" and v.pay_min_monthly >= :minPay");
            params.put("minPay", filter.minMonthlyPay());
        }
        if (filter.employmentType() != null) {
            sql.append(" and v.employment_type = :type");
            params.put("type", filter.employmentType().name());
        }
        if (filter.postedSince() != null) {
            sql.append(" and v.posted_at >= :since");
            params.put("since", filter.postedSince().atStartOfDay(PortalTime.ZONE).toOffsetDateTime());
        }
        sql.append(" order by v.posted_at desc, v.id desc limit :limit offset :offset");
        params.put("limit", page.size + 1);
        params.put("offset", page.offset());
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Page.fromSlice(rows, page, JobSearchService::summary, null);
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
