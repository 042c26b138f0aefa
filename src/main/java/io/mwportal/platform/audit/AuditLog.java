package io.mwportal.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;

/**
 * The audit of officer and admin changes (docs/security.md "audit"; Fineract's command source): who, in which
 * role and office, when, which object, and before/after of each changed field. Case actions are not recorded here:
 * their history is their audit. A feature calls {@link #changed} inside the transaction of the change, so the
 * entry commits with it or not at all.
 */
@ApplicationScoped
public class AuditLog {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Records a change of {@code objectType}/{@code objectId}: {@code before} and {@code after} are the object's
     * API views (or null for a creation or a removal); only the fields that differ are kept, as JSON values.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String objectType, Object objectId, String action, Object before, Object after) {
        changed(objectType, objectId, action, before, after, null);
    }

    /** As {@link #changed(String, Object, String, Object, Object)}, with the actor's reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String objectType, Object objectId, String action, Object before, Object after,
            String note) {
        record(objectType, objectId, action, ChangeSet.diff(toMap(before), toMap(after)), note);
    }

    /** Records an event without field changes (e.g. an admin reading the audit, with the filter they used). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String objectType, Object objectId, String action, Map<String, Object> changes) {
        record(objectType, objectId, action, changes, null);
    }

    private void record(String objectType, Object objectId, String action, Map<String, Object> changes,
            String note) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now(clock);
        entry.actorSubject = user.subject();
        entry.actorName = user.username();
        entry.actorRole = actingRole();
        entry.actorJurisdiction = user.jurisdiction().orElse(null);
        entry.clientId = user.clientId().orElse(null);
        entry.objectType = objectType;
        entry.objectId = String.valueOf(objectId);
        entry.action = action;
        entry.note = note;
        entry.changes = changes == null || changes.isEmpty() ? null : changes;
        entry.persist();
    }

    /** The role the caller acts in: their office role, else admin, else the first role they hold. */
    private String actingRole() {
        return user.roles().stream().filter(Roles.OFFICE_ROLES::contains).findFirst()
                .orElse(user.hasRole(Roles.ADMIN) ? Roles.ADMIN
                        : user.roles().stream().findFirst().orElse("unknown"));
    }

    private Map<String, Object> toMap(Object view) {
        return view == null ? Map.of() : json.convertValue(view, MAP);
    }
}
