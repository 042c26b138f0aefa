package io.mwportal.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

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
        insert("", type, subjectId, audience, data).executeUpdate();
    }

    /** An insert of a caller's own into {@code table}, to go in one statement with an event. */
    public record OtherInsert(String table, String sql) {
    }

    /**
     * The same, in one statement with inserts of the caller's own ({@code with other1 as (...), ... insert into
     * event}): one round trip to the database for all the rows. The case kernel writes each step's history entry (and
     * a filing's first clock) this way.
     *
     * @param bindOthers sets the named parameters of {@code others}
     */
    @Transactional(TxType.MANDATORY)
    public void recordWith(List<OtherInsert> others, Consumer<NativeQuery<?>> bindOthers, String type,
            Object subjectId, EventAudience audience, Map<String, Object> data) {
        StringJoiner with = new StringJoiner(",\n", "with ", "\n");
        for (int i = 0; i < others.size(); i++) {
            with.add("other" + (i + 1) + " as (" + others.get(i).sql() + ")");
        }
        NativeQuery<?> query = insert(with.toString(), type, subjectId, audience, data);
        others.forEach(other -> query.addSynchronizedQuerySpace(other.table()));
        bindOthers.accept(query);
        query.executeUpdate();
    }

    /**
     * One insert, not a managed entity: nothing to flush or dirty-check later in the transaction. Its query space says
     * which table it writes: without one, Hibernate takes a native statement as touching every table, flushes the
     * session before it and clears every entity's caches after it.
     */
    private NativeQuery<?> insert(String with, String type, Object subjectId, EventAudience audience,
            Map<String, Object> data) {
        return em.createNativeQuery(with + """
                insert into event (type, subject_id, occurred_at, worker_subject, office_jurisdiction, office_role,
                                   client_id, data)
                values (:type, :subject, :at, :worker, :jurisdiction, :role, :client, cast(:data as jsonb))""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("event")
                .setParameter("type", type).setParameter("subject", String.valueOf(subjectId))
                .setParameter("at", Instant.now(clock))
                .setParameter("worker", audience.worker(), StandardBasicTypes.STRING)
                .setParameter("jurisdiction", audience.officeJurisdiction(), StandardBasicTypes.STRING)
                .setParameter("role", audience.officeRole(), StandardBasicTypes.STRING)
                .setParameter("client", audience.client(), StandardBasicTypes.STRING)
                .setParameter("data", json(data));
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
