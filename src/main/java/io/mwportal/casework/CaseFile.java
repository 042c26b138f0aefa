package io.mwportal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** Subject ({@code sub}) of the worker the case belongs to; null for a case nobody owns (a report, ex officio). */
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

    /** First in the office's queue where the workflow sorts by urgency (e.g. legal aid with a deadline days away). */
    public boolean urgent;

    /** What the applicant was asked to supply (补正), until they answer. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_items")
    public List<String> missingItems;

    /** Another case this one refers to (the caller's own case of another type, or the report it came from). */
    @Column(name = "related_case_id")
    public Long relatedCaseId;

    @Column(name = "overdue_since")
    public LocalDate overdueSince;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
