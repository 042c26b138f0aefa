package io.mwportal.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.mwportal.casework.CaseViews.OfficerView;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.CurrentUser;

/**
 * The officers who handle cases, so that an officer can assign a case to a colleague of the same office and role
 * (docs/architecture.md, "Assignment"). Keycloak holds who the officers are; the portal records each one, with the
 * role and office their token carries, whenever they open a queue or a case, and offers those seen within
 * {@code portal.casework.officer-active-days}. Nothing here grants access: the assignee still acts under their own
 * token's role and office.
 */
@ApplicationScoped
public class CaseOfficers {

    /** How long a recorded visit stands before the next one is written again (keeps reads free of writes). */
    private static final Duration REFRESH = Duration.ofHours(1);

    @Inject
    CurrentUser user;

    @Inject
    CaseworkConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** This instance's recent writes; only an optimisation, PostgreSQL holds the directory. */
    private final Map<String, Instant> recentlyRecorded = new ConcurrentHashMap<>();

    /** Records the caller as an officer of {@code role} in their office (if their token names one). */
    @Transactional
    public void seen(String role) {
        Optional<String> office = user.jurisdiction();
        if (office.isEmpty() || !user.hasRole(role)) {
            return;
        }
        Instant now = Instant.now(clock);
        String key = String.join("|", user.subject(), role, user.username(), office.get());
        Instant last = recentlyRecorded.get(key);
        if (last != null && last.plus(REFRESH).isAfter(now)) {
            return;
        }
        em.createNativeQuery("""
                insert into case_officer (subject, role, username, jurisdiction, first_seen_at, last_seen_at)
                values (:subject, :role, :username, :jurisdiction, :now, :now)
                on conflict (subject, role) do update set username = excluded.username,
                  jurisdiction = excluded.jurisdiction, last_seen_at = excluded.last_seen_at""")
                .setParameter("subject", user.subject()).setParameter("role", role)
                .setParameter("username", user.username()).setParameter("jurisdiction", office.get())
                .setParameter("now", now).executeUpdate();
        // Remember the write only once it is committed: a request that fails rolls it back.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    if (recentlyRecorded.size() > 10_000) {
                        recentlyRecorded.clear();
                    }
                    recentlyRecorded.put(key, now);
                }
            }
        });
    }

    /** The officer called {@code username} if they are an active officer of {@code role} in {@code jurisdiction}. */
    public Optional<CaseOfficer> find(String username, String role, String jurisdiction) {
        return CaseOfficer.<CaseOfficer>find("username = ?1 and role = ?2 and jurisdiction = ?3 and lastSeenAt >= ?4 order by lastSeenAt desc",
                username, role, jurisdiction, activeSince()).firstResultOptional();
    }

    /**
     * The active officers of {@code role} in an office, by user name: the caller's own office, or for a city-level
     * officer any office (null = own). Only for a role the caller holds (403).
     */
    @Transactional
    public Page<OfficerView> list(String role, String jurisdiction, PageRequest page) {
        if (!user.hasRole(role)) {
            throw new ProblemException(403, "FORBIDDEN");
        }
        String own = user.requireJurisdiction();
        String office = jurisdiction == null ? own : jurisdiction;
        if (!office.equals(own) && !user.isCityLevel()) {
            throw new ProblemException(403, "FORBIDDEN");
        }
        seen(role);
        var query = CaseOfficer.<CaseOfficer>find(
                "role = ?1 and jurisdiction = ?2 and lastSeenAt >= ?3 order by username, subject", role, office,
                activeSince());
        return Page.of(query, page, OfficerView::of, true);
    }

    private Instant activeSince() {
        return Instant.now(clock).minus(Duration.ofDays(config.officerActiveDays()));
    }
}
