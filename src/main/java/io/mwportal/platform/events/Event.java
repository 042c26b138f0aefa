package io.mwportal.platform.events;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the outbox ({@code event}); the worker's inbox reads the rows addressed to them. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The writing transaction's id, set by the database (readers order by it; docs/events.md). */
    @Column(insertable = false, updatable = false)
    public Long txid;

    public String type;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "worker_subject")
    public String workerSubject;

    @Column(name = "office_jurisdiction")
    public String officeJurisdiction;

    @Column(name = "office_role")
    public String officeRole;

    @Column(name = "client_id")
    public String clientId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;

    @Column(name = "read_at")
    public Instant readAt;
}
