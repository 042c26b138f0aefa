package io.mwportal.jobs;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.mwportal.platform.events.EventAudience;
import io.mwportal.platform.events.EventSource;
import io.mwportal.platform.events.EventType;
import io.mwportal.platform.events.Events;
import io.mwportal.platform.security.Roles;

/**
 * The events of jobs, for the vacancy's job centre and the partner app that created it: a vacancy's status changes
 * and the applications it receives (the applicant's details stay behind the API).
 */
@ApplicationScoped
public class JobEvents implements EventSource {

    static final String APPLICATION_RECEIVED = "job-application.received";

    @Inject
    Events events;

    @Override
    public List<EventType> eventTypes() {
        String office = Roles.JOB_CENTER;
        String data = " Data: vacancyId, status.";
        return List.of(
                new EventType("vacancy.published", false, office, true, "Published (or released after review)." + data),
                new EventType("vacancy.held", false, office, true, "Held for review: the employer is on the arrears "
                        + "list or has an open order to pay." + data + " And holdReason."),
                new EventType("vacancy.withdrawn", false, office, true, "Withdrawn." + data),
                new EventType("vacancy.filled", false, office, true, "Marked filled." + data),
                new EventType(APPLICATION_RECEIVED, false, office, true, "A worker applied. Data: applicationId, "
                        + "vacancyId; the application itself: GET /api/v1/jobs/{vacancyId}/applications."));
    }

    /** The vacancy's new status as an event ({@code vacancy.published}, {@code vacancy.held}, …). */
    void statusChanged(Vacancy vacancy) {
        String type = "vacancy." + switch (vacancy.status) {
            case PUBLISHED -> "published";
            case HELD -> "held";
            case WITHDRAWN -> "withdrawn";
            case FILLED -> "filled";
            default -> throw new IllegalStateException("no event for " + vacancy.status);
        };
        events.record(type, vacancy.id, audience(vacancy), vacancy.status != Vacancy.Status.HELD
                ? Map.of("vacancyId", vacancy.id, "status", vacancy.status.name())
                : Map.of("vacancyId", vacancy.id, "status", vacancy.status.name(), "holdReason", vacancy.holdReason));
    }

    void applicationReceived(JobApplication application, Vacancy vacancy) {
        events.record(APPLICATION_RECEIVED, application.id, audience(vacancy),
                Map.of("applicationId", application.id, "vacancyId", vacancy.id));
    }

    private static EventAudience audience(Vacancy vacancy) {
        return EventAudience.office(vacancy.jobCenter, Roles.JOB_CENTER).withClient(vacancy.createdByClient);
    }
}
