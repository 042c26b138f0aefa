package io.mwportal.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The outbox: a feature announces a state change with one call inside the transaction that makes it, so an event
 * exists exactly when the change committed (docs/events.md). Data carries identifiers and codes only, what the
 * audience may read through the API anyway; names, phones and ID numbers stay behind the API.
 */
@ApplicationScoped
public class Events {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * Records {@code type} (e.g. {@code enrolment.promoted}) about {@code subjectId} for {@code audience}.
     *
     * @param data the minimum to render the worker's message and to let a client fetch the rest: ids, codes, dates
     */
    @Transactional(TxType.MANDATORY)
    public void record(String type, Object subjectId, EventAudience audience, Map<String, Object> data) {
        // One insert, not a managed entity: nothing to flush or dirty-check later in the transaction.
        em.createNativeQuery("""
                insert into event (type, subject_id, occurred_at, worker_subject, office_jurisdiction, office_role,
                                   client_id, data)
                values (:type, :subject, :at, :worker, :jurisdiction, :role, :client, cast(:data as jsonb))""")
                .unwrap(NativeQuery.class)
                .setParameter("type", type).setParameter("subject", String.valueOf(subjectId))
                .setParameter("at", Instant.now(clock))
                .setParameter("worker", audience.worker(), StandardBasicTypes.STRING)
                .setParameter("jurisdiction", audience.officeJurisdiction(), StandardBasicTypes.STRING)
                .setParameter("role", audience.officeRole(), StandardBasicTypes.STRING)
                .setParameter("client", audience.client(), StandardBasicTypes.STRING)
                .setParameter("data", json(data)).executeUpdate();
    }

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    /** An event's data as stored ({@code event.data}, jsonb read as text). */
    Map<String, Object> data(String stored) {
        try {
            return json.readValue(stored, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data is JSON by its column type", e);
        }
    }

    private String json(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data must be JSON: ids, codes, dates", e);
        }
    }
}
