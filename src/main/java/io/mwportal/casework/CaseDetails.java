package io.mwportal.casework;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A case type's own row: its fields, keyed by the {@link CaseFile} it belongs to (status, office, clock and history
 * are the case file's).
 */
@MappedSuperclass
public abstract class CaseDetails extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;
}
