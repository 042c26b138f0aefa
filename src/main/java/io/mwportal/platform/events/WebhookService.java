package io.mwportal.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.events.EventViews.AttemptView;
import io.mwportal.platform.events.EventViews.DeliveryState;
import io.mwportal.platform.events.EventViews.DeliveryView;
import io.mwportal.platform.events.EventViews.WebhookRequest;
import io.mwportal.platform.events.EventViews.WebhookView;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.privacy.FieldCrypto;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;

/**
 * A client app's webhook subscriptions, their deliveries and replays. A client sees only its own subscriptions
 * (another's is a 404) and may subscribe only to event types it may hear of ({@link ClientAudience}).
 */
@ApplicationScoped
public class WebhookService {

    @Inject
    CurrentUser user;

    @Inject
    EventCatalogue catalogue;

    @Inject
    Destinations destinations;

    @Inject
    FieldCrypto crypto;

    @Inject
    EventsConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Versioned<WebhookView> create(WebhookRequest request) {
        ClientAudience audience = ClientAudience.of(user);
        if (WebhookSubscription.count("clientId", audience.clientId()) >= config.webhooks().perClient()) {
            throw new ProblemException(409, "TOO_MANY_WEBHOOKS", config.webhooks().perClient());
        }
        check(request, audience);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.clientId = audience.clientId();
        hears(subscription, audience);
        subscription.createdAt = Instant.now(clock);
        String secret = WebhookSignature.newSecret();
        subscription.secret = crypto.encrypt(secret);
        apply(subscription, request);
        subscription.persistAndFlush();
        return new Versioned<>(view(subscription, secret), subscription.version);
    }

    @Transactional
    public Page<WebhookView> mine(PageRequest page) {
        return Page.of(WebhookSubscription.<WebhookSubscription>find("clientId = ?1 order by id",
                ClientAudience.of(user).clientId()), page, s -> view(s, null), true);
    }

    @Transactional
    public Versioned<WebhookView> get(long id) {
        WebhookSubscription subscription = own(id);
        return new Versioned<>(view(subscription, null), subscription.version);
    }

    @Transactional
    public Versioned<WebhookView> update(long id, String ifMatch, WebhookRequest request) {
        WebhookSubscription subscription = own(id);
        EntityTags.checkIfMatch(ifMatch, subscription.version);
        ClientAudience audience = ClientAudience.of(user);
        check(request, audience);
        hears(subscription, audience);
        apply(subscription, request);
        subscription.persistAndFlush();
        return new Versioned<>(view(subscription, null), subscription.version);
    }

    /** Deletes the subscription with its deliveries and their log. */
    @Transactional
    public void delete(long id, String ifMatch) {
        WebhookSubscription subscription = own(id);
        EntityTags.checkIfMatch(ifMatch, subscription.version);
        subscription.delete();
    }

    /**
     * A new secret, returned once; the previous one still signs for {@code previous-secret-valid-for}, so that
     * messages carry both signatures while the receiver switches.
     */
    @Transactional
    public Versioned<WebhookView> rotateSecret(long id, String ifMatch) {
        WebhookSubscription subscription = own(id);
        EntityTags.checkIfMatch(ifMatch, subscription.version);
        hears(subscription, ClientAudience.of(user));
        String secret = WebhookSignature.newSecret();
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = Instant.now(clock).plus(config.webhooks().previousSecretValidFor());
        subscription.secret = crypto.encrypt(secret);
        subscription.updatedAt = Instant.now(clock);
        subscription.persistAndFlush();
        return new Versioned<>(view(subscription, secret), subscription.version);
    }

    /** The subscription's deliveries, newest first, each with its attempts (one query for the page's attempts). */
    @Transactional
    public Page<DeliveryView> deliveries(long id, DeliveryState state, PageRequest page) {
        own(id);
        StringBuilder sql = new StringBuilder("""
                select d.id, d.event_id, e.type, d.state, d.attempts, d.next_attempt_at, d.last_status, d.last_error,
                       d.created_at, d.delivered_at
                  from delivery d join event e on e.id = d.event_id
                 where d.subscription_id = :subscription""");
        if (state != null) {
            sql.append(" and d.state = :state");
        }
        sql.append(" order by d.id desc offset :offset limit :limit");
        var query = em.createNativeQuery(sql.toString()).setParameter("subscription", id)
                .setParameter("offset", page.offset()).setParameter("limit", page.size + 1);
        if (state != null) {
            query.setParameter("state", state.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<AttemptView>> attempts = attempts(ids);
        return Page.fromSlice(rows, page, r -> {
            long deliveryId = ((Number) r[0]).longValue();
            return new DeliveryView(deliveryId, ((Number) r[1]).longValue(), (String) r[2],
                    DeliveryState.valueOf((String) r[3]), ((Number) r[4]).intValue(),
                    "PENDING".equals(r[3]) ? PortalTime.instant(r[5]) : null, (Integer) r[6], (String) r[7],
                    PortalTime.instant(r[8]), r[9] == null ? null : PortalTime.instant(r[9]),
                    attempts.getOrDefault(deliveryId, List.of()));
        }, null);
    }

    /**
     * Sends a delivery again, with a fresh retry schedule: one that is DEAD, DELIVERED or SKIPPED (a PENDING one is
     * already on its way: 409). The message keeps its {@code webhook-id}, so a receiver that has it can tell.
     */
    @Transactional
    public void replay(long id, long deliveryId) {
        own(id);
        int replayed = em.createNativeQuery("""
                update delivery set state = 'PENDING', attempts = 0, next_attempt_at = now()
                 where id = :delivery and subscription_id = :subscription and state <> 'PENDING'""")
                .setParameter("delivery", deliveryId).setParameter("subscription", id).executeUpdate();
        if (replayed == 0) {
            boolean exists = !em.createNativeQuery("select 1 from delivery where id = :delivery and subscription_id = :s")
                    .setParameter("delivery", deliveryId).setParameter("s", id).getResultList().isEmpty();
            throw exists ? new ProblemException(409, "DELIVERY_PENDING") : new ProblemException(404, "NOT_FOUND");
        }
    }

    private Map<Long, List<AttemptView>> attempts(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select delivery_id, attempted_at, response_status, error, duration_ms from delivery_attempt
                 where delivery_id in (:ids) order by id""").setParameter("ids", deliveryIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                Collectors.mapping(r -> new AttemptView(PortalTime.instant(r[1]), (Integer) r[2], (String) r[3],
                        ((Number) r[4]).intValue()), Collectors.toList())));
    }

    private WebhookSubscription own(long id) {
        String client = ClientAudience.of(user).clientId();
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null || !subscription.clientId.equals(client)) {
            throw new ProblemException(404, "NOT_FOUND");
        }
        return subscription;
    }

    private void check(WebhookRequest request, ClientAudience audience) {
        List<Violation> problems = new ArrayList<>();
        destinations.refusal(request.url()).ifPresent(code -> problems.add(new Violation("url", code)));
        for (int i = 0; i < request.eventTypes().size(); i++) {
            String field = "eventTypes[" + i + "]";
            catalogue.find(request.eventTypes().get(i)).ifPresentOrElse(
                    type -> {
                        if (!audience.mayReceive(type)) {
                            problems.add(new Violation(field, "EVENT_TYPE_NOT_FOR_CLIENT"));
                        }
                    },
                    () -> problems.add(new Violation(field, "UNKNOWN_EVENT_TYPE")));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.withErrors(422, "VALIDATION_FAILED", problems);
        }
    }

    /**
     * What the subscription hears of, from the client's token of this request: taken anew whenever the client
     * changes or rotates it, so a client whose office or roles changed hears of its new office only.
     */
    private static void hears(WebhookSubscription subscription, ClientAudience audience) {
        subscription.partner = audience.partner();
        subscription.officeJurisdiction = audience.jurisdiction();
        subscription.officeRoles = audience.officeRoles().toArray(String[]::new);
    }

    private void apply(WebhookSubscription subscription, WebhookRequest request) {
        subscription.url = request.url();
        subscription.eventTypes = request.eventTypes().stream().distinct().toArray(String[]::new);
        subscription.description = request.description();
        subscription.active = request.active() == null || request.active();
        subscription.updatedAt = Instant.now(clock);
    }

    private WebhookView view(WebhookSubscription s, String secret) {
        Instant previousUntil = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(Instant.now(clock))
                ? s.previousSecretUntil : null;
        return new WebhookView(s.id, s.url, Arrays.asList(s.eventTypes), s.description, s.active, s.createdAt,
                s.updatedAt, secret, previousUntil);
    }
}
