package io.mwportal.training;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.mwportal.platform.audit.AuditLog;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;
import io.mwportal.training.TrainingViews.ShortageListRequest;
import io.mwportal.training.TrainingViews.ShortageListView;

/**
 * The shortage lists (紧缺职业目录) by year. A year without a list of its own uses the latest earlier one: lists are
 * published irregularly, and a new year should not take the extra subsidies away until its list is out.
 */
@ApplicationScoped
public class ShortageOccupationService {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The list in force in {@code year}: its own, or the latest earlier one. */
    public Optional<ShortageOccupationList> inForce(int year) {
        return ShortageOccupationList.<ShortageOccupationList>find("year <= ?1 order by year desc", year)
                .firstResultOptional();
    }

    /** Whether {@code occupationCode} is on the list in force in {@code year}. */
    public boolean isShortage(int year, String occupationCode) {
        return inForce(year).map(list -> ((Number) em.createNativeQuery("""
                select count(*) from shortage_occupation where year = :year and occupation_code = :code
                """).setParameter("year", list.year).setParameter("code", occupationCode).getSingleResult())
                .longValue() > 0).orElse(false);
    }

    public Versioned<ShortageListView> get(int year) {
        ShortageOccupationList list = inForce(year).orElseThrow(ProblemException::notFound);
        return new Versioned<>(view(list, year), list.version);
    }

    /** Replaces (or creates) {@code year}'s list; audited with the codes before and after. */
    @Transactional
    public Versioned<ShortageListView> load(int year, String ifMatch, ShortageListRequest request) {
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < request.occupationCodes().size(); i++) {
            String code = request.occupationCodes().get(i);
            if (referenceData.occupation(code).isEmpty()) {
                unknown.add(new Violation("occupationCodes[" + i + "]", "UNKNOWN_OCCUPATION", code));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.withErrors(422, "SHORTAGE_LIST_INVALID", unknown);
        }
        ShortageOccupationList list = ShortageOccupationList.findById(year);
        ShortageListView before = null;
        if (list != null) {
            EntityTags.checkIfMatch(ifMatch, list.version);
            before = view(list, year);
            em.createNativeQuery("delete from shortage_occupation where year = :year").setParameter("year", year)
                    .executeUpdate();
        } else {
            list = new ShortageOccupationList();
            list.year = year;
        }
        list.source = request.source();
        list.loadedAt = Instant.now(clock);
        list.loadedBy = user.username();
        list.persist();
        for (String code : request.occupationCodes().stream().distinct().sorted().toList()) {
            em.createNativeQuery("insert into shortage_occupation (year, occupation_code) values (:year, :code)")
                    .setParameter("year", year).setParameter("code", code).executeUpdate();
        }
        em.flush();
        ShortageListView after = view(list, year);
        audit.changed("SHORTAGE_OCCUPATION_LIST", year, before == null ? "CREATE" : "REPLACE", before, after);
        return new Versioned<>(after, list.version);
    }

    @SuppressWarnings("unchecked")
    private ShortageListView view(ShortageOccupationList list, int askedFor) {
        List<String> codes = em.createNativeQuery(
                "select occupation_code from shortage_occupation where year = :year order by occupation_code")
                .setParameter("year", list.year).getResultList();
        return new ShortageListView(askedFor, list.year, list.source, list.loadedAt, codes);
    }
}
