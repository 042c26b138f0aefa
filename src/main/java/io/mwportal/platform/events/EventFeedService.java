package io.mwportal.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;


import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.events.EventViews.EventFeed;
import io.mwportal.platform.events.EventViews.EventView;
import io.mwportal.platform.security.CurrentUser;

/**
 * The polling feed for clients that cannot receive webhooks: the calling client's events in commit-safe order. Events
 * are read in (transaction id, id) order and only from transactions older than every one still running, so an event
 * whose transaction commits late is never behind a position a client has already passed (docs/events.md).
 */
@ApplicationScoped
public class EventFeedService {

    /** The transactions below this id have all ended: their events are all visible, and no other will appear there. */
    public static final String HORIZON = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";


    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Transactional
    public EventFeed after(String after, int limit) {
        ClientAudience audience = ClientAudience.of(user);
        long[] position = after == null ? new long[] { 0, 0 } : parse(after);
        Query query = em.createNativeQuery("select e.id, e.txid, e.type, e.subject_id, e.occurred_at, e.data::text"
                + " from event e where (e.txid, e.id) > (:txid, :id) and e.txid < " + HORIZON + " and "
                + audience.eventFilter() + " order by e.txid, e.id limit :limit");
        query.setParameter("txid", position[0]).setParameter("id", position[1]).setParameter("limit", limit);
        audience.params().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<EventView> items = rows.stream().map(r -> new EventView(((Number) r[0]).longValue(), (String) r[2],
                (String) r[3], PortalTime.instant(r[4]), events.data((String) r[5]))).toList();
        if (!rows.isEmpty()) {
            Object[] last = rows.get(rows.size() - 1);
            position = new long[] { ((Number) last[1]).longValue(), ((Number) last[0]).longValue() };
        }
        return new EventFeed(items, token(position));
    }


    static String token(long[] position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("e1:" + position[0] + ":" + position[1]).getBytes(StandardCharsets.US_ASCII));
    }

    static long[] parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split(":");
            if (parts.length == 3 && parts[0].equals("e1")) {
                long[] position = { Long.parseLong(parts[1]), Long.parseLong(parts[2]) };
                if (position[0] >= 0 && position[1] >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw ProblemException.withErrors(400, "VALIDATION_FAILED", List.of(new Violation("after", "INVALID_CURSOR")));
    }
}
