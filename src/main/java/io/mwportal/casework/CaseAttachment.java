package io.mwportal.casework;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A file attached to a case (evidence, records), stored in PostgreSQL. */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public long caseId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public int sizeBytes;

    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_role")
    public String uploadedRole;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
