package io.mwportal.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.mwportal.training.TrainingViews.Counts;
import io.mwportal.training.TrainingViews.ProgressView;

/**
 * Progress against the city's target of 10,000 training enrolments a year (seed, general target). An enrolment
 * counts in the year it was made (Asia/Shanghai) while it holds a seat or was completed; waitlisted and cancelled
 * ones do not count.
 */
@ApplicationScoped
public class TrainingProgressService {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "portal.training.yearly-target")
    int target;

    public ProgressView progress(int year, boolean withAmounts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.jurisdiction, c.programme,
                       count(*) filter (where e.status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW')) as enrolments,
                       count(*) filter (where e.status = 'COMPLETED') as completions,
                       count(sc.id) filter (where sc.status = 'APPROVED') as subsidies,
                       coalesce(sum(sc.amount) filter (where sc.status = 'APPROVED'), 0) as amount
                  from enrolment e
                  join course_session s on s.id = e.session_id
                  join course c on c.id = s.course_id
                  left join subsidy_claim sc on sc.enrolment_id = e.id
                 where extract(year from e.enrolled_at at time zone 'Asia/Shanghai') = :year
                 group by c.jurisdiction, c.programme
                """).setParameter("year", year).getResultList();
        Map<String, Counts> byDistrict = new TreeMap<>();
        Map<String, Counts> byProgramme = new TreeMap<>();
        long enrolments = 0;
        long completions = 0;
        long subsidies = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (Object[] row : rows) {
            Counts counts = new Counts(((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue());
            byDistrict.merge((String) row[0], counts, TrainingProgressService::add);
            byProgramme.merge((String) row[1], counts, TrainingProgressService::add);
            enrolments += counts.enrolments();
            completions += counts.completions();
            subsidies += counts.subsidiesApproved();
            amount = amount.add(new BigDecimal(row[5].toString()));
        }
        BigDecimal percent = BigDecimal.valueOf(enrolments * 100L).divide(BigDecimal.valueOf(target), 1,
                RoundingMode.HALF_UP);
        return new ProgressView(year, target, enrolments, completions, subsidies, percent, byDistrict, byProgramme,
                withAmounts ? amount.setScale(2) : null);
    }

    private static Counts add(Counts a, Counts b) {
        return new Counts(a.enrolments() + b.enrolments(), a.completions() + b.completions(),
                a.subsidiesApproved() + b.subsidiesApproved());
    }
}
