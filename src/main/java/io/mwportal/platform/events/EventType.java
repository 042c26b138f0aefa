package io.mwportal.platform.events;

/**
 * One kind of event a feature announces, for the catalogue ({@code GET /api/v1/event-types}) and for checking what a
 * client may subscribe to.
 *
 * @param type e.g. {@code wage-complaint.accept}
 * @param forWorker whether it reaches the worker concerned (inbox, channels)
 * @param officeRole the role of the office that hears of it (its integrations); null for none
 * @param forPartner whether it reaches the partner app that made the subject
 * @param description what happened, in English, for third-party developers
 */
public record EventType(String type, boolean forWorker, String officeRole, boolean forPartner, String description) {
}
