package io.mwportal.casework;

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

/** One step of a case's timeline. Append-only (the database refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "case_history")
public class CaseHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public long caseId;

    public Instant at;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_name")
    public String actorName;

    public String action;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    public String note;

    /** Action data worth keeping with the step (e.g. transfer target, outcome amounts), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;
}
