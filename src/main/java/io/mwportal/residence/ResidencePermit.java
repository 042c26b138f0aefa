package io.mwportal.residence;

import java.math.BigDecimal;
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

import io.mwportal.residence.ResidenceEnums.CancelReason;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An issued residence permit (居住证暂行条例 Art 4): valid through the end of its endorsed year (Art 10). */
@Entity
@Table(name = "residence_permit")
public class ResidencePermit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String number;

    /** The application's case id. */
    @Column(name = "application_id")
    public Long applicationId;

    /** Who applied: the holder, or the guardian or relative who applied for them. */
    @Column(name = "owner_subject")
    public String ownerSubject;

    @Column(name = "holder_name")
    public String holderName;

    @Column(name = "holder_id_number")
    public String holderIdNumber;

    /** The issuing office. */
    public String jurisdiction;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "valid_through")
    public LocalDate validThrough;

    /** Art 21: the first permit is free. */
    public BigDecimal fee;

    @Column(name = "collected_at")
    public Instant collectedAt;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    public CancelReason cancelReason;

    @Version
    public long version;
}
