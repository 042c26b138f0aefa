package io.mwportal.platform.audit;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API records of the audit. */
public final class AuditViews {

    private AuditViews() {
    }

    @Schema(name = "AuditEntry", description = "One officer or admin change")
    public record AuditEntryView(
            long id,
            Instant at,
            @Schema(examples = "trainer.city") String actorName,
            @Schema(examples = "training-officer") String actorRole,
            @Schema(examples = "210700") String actorJurisdiction,
            @Schema(description = "The client app the change came through", examples = "portal-web") String clientId,
            @Schema(examples = "SUBSIDY_CLAIM") String objectType,
            @Schema(examples = "42") String objectId,
            @Schema(examples = "APPROVE") String action,
            @Schema(description = "The actor's reason, where the action takes one") String note,
            @Schema(description = "For each changed field: {\"before\": …, \"after\": …}; for a READ of an audit: "
                    + "{\"filter\": …}") Map<String, Object> changes) {

        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id, e.at, e.actorName, e.actorRole, e.actorJurisdiction, e.clientId,
                    e.objectType, e.objectId, e.action, e.note, e.changes);
        }
    }
}
