package io.mwportal.residence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.mwportal.residence.ResidenceEnums.EndorsementStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A yearly endorsement (签注, 居住证暂行条例 Art 10): asked by the holder, decided by the issuing office. */
@Entity
@Table(name = "residence_endorsement")
public class ResidenceEndorsement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "permit_id")
    public Long permitId;

    public String jurisdiction;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    @Column(name = "requested_at")
    public Instant requestedAt;

    /** The permit's last valid day when asked: asked by then, it stays valid while the office decides. */
    @Column(name = "due_by")
    public LocalDate dueBy;

    @Column(name = "residence_address")
    public String residenceAddress;

    @Enumerated(EnumType.STRING)
    public EndorsementStatus status;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public String note;

    @Version
    public long version;

    boolean inTime() {
        return !requestedOn.isAfter(dueBy);
    }
}
