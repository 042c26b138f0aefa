package io.mwportal.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The part of every case that the kernel runs: identity, owner, handling office, state and clock flags. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_type")
    public String caseType;

    @Column(name = "tracking_number")
    public String trackingNumber;

    public String status;

    /** Subject ({@code sub}) of the worker the case belongs to. */
    @Column(name = "owner_subject")
    public String ownerSubject;

    /** GB/T 2260 code of the office handling the case. */
    public String jurisdiction;

    @Column(name = "assignee_subject")
    public String assigneeSubject;

    @Column(name = "assignee_name")
    public String assigneeName;

    @Column(name = "clock_paused_on")
    public LocalDate clockPausedOn;

    public boolean extended;

    @Column(name = "overdue_since")
    public LocalDate overdueSince;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
