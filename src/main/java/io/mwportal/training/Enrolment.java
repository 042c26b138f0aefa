package io.mwportal.training;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A worker's place in a session: confirmed, or waitlisted in order of {@code waitlistSeq}. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id")
    public long sessionId;

    @Column(name = "worker_subject")
    public String workerSubject;

    @Column(name = "worker_name")
    public String workerName;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "waitlist_seq")
    public Integer waitlistSeq;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** Confirmed from the waitlist when a seat freed. */
    public boolean promoted;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "certificate_number")
    public String certificateNumber;

    @Version
    public long version;

    public enum Status {
        CONFIRMED, WAITLISTED, CANCELLED, COMPLETED, NO_SHOW, SESSION_CANCELLED
    }
}
