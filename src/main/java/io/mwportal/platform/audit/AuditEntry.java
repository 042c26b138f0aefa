package io.mwportal.platform.audit;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One officer or admin change. Append-only (the database refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_jurisdiction")
    public String actorJurisdiction;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    public String action;

    /** The actor's reason, where the action takes one (e.g. why a course was cancelled). */
    public String note;

    /** {@code {"field": {"before": …, "after": …}}} for the fields that changed. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> changes;
}
