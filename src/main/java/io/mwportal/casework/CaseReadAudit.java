package io.mwportal.casework;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That an officer read a case (PIPL audit of access to personal data). */
@Entity
@Table(name = "case_read_audit")
public class CaseReadAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public long caseId;

    @Column(name = "reader_subject")
    public String readerSubject;

    @Column(name = "reader_name")
    public String readerName;

    @Column(name = "reader_role")
    public String readerRole;

    public String jurisdiction;

    public String what;

    @Column(name = "read_at")
    public Instant readAt;
}
