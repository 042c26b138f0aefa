package io.mwportal.training;

import java.math.BigDecimal;
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

/** A claim for the training subsidy of a completed enrolment. */
@Entity
@Table(name = "subsidy_claim")
public class SubsidyClaim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "enrolment_id")
    public long enrolmentId;

    @Column(name = "worker_subject")
    public String workerSubject;

    @Column(name = "occupation_code")
    public String occupationCode;

    @Column(name = "skill_level")
    public int skillLevel;

    public int year;

    public String jurisdiction;

    @Enumerated(EnumType.STRING)
    public Status status;

    public BigDecimal amount;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public enum Status {
        SUBMITTED, APPROVED, REJECTED
    }
}
