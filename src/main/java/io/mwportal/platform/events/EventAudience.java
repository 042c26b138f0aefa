package io.mwportal.platform.events;

/**
 * Who an event is for. Each part may be null: the worker it concerns (their inbox and channels), the office that
 * handles the subject (its integration's webhooks and feed: the office's jurisdiction and the officers' role), and
 * the client app that made the subject (a partner job board's vacancies).
 */
public record EventAudience(String worker, String officeJurisdiction, String officeRole, String client) {

    public static EventAudience office(String jurisdiction, String role) {
        return new EventAudience(null, jurisdiction, role, null);
    }

    public EventAudience withWorker(String subject) {
        return new EventAudience(subject, officeJurisdiction, officeRole, client);
    }

    public EventAudience withClient(String clientId) {
        return new EventAudience(worker, officeJurisdiction, officeRole, clientId);
    }
}
