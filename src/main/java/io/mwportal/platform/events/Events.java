package io.mwportal.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The outbox: a feature announces a state change with one call inside the transaction that makes it, so an event
 * exists exactly when the change committed (docs/events.md). Data carries identifiers and codes only, what the
 * audience may read through the API anyway; names, phones and ID numbers stay behind the API.
 */
@ApplicationScoped
public class Events {

    @Inject
    Clock clock;

    /**
     * Records {@code type} (e.g. {@code enrolment.promoted}) about {@code subjectId} for {@code audience}.
     *
     * @param data the minimum to render the worker's message and to let a client fetch the rest: ids, codes, dates
     */
    @Transactional(TxType.MANDATORY)
    public void record(String type, Object subjectId, EventAudience audience, Map<String, Object> data) {
        Event event = new Event();
        event.type = type;
        event.subjectId = String.valueOf(subjectId);
        event.occurredAt = Instant.now(clock);
        event.workerSubject = audience.worker();
        event.officeJurisdiction = audience.officeJurisdiction();
        event.officeRole = audience.officeRole();
        event.clientId = audience.client();
        event.data = Map.copyOf(data);
        event.persist();
    }
}
