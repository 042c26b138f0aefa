package io.mwportal.residence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.mwportal.residence.ResidenceEnums.CheckResult;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One verification of a permit by a school, hospital or employer. Append-only (the database refuses changes). */
@Entity
@Immutable
@Table(name = "residence_permit_check")
public class PermitCheck extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id")
    public String clientId;

    /** The permit whose number was asked about, whether or not the name matched; null for an unknown number. */
    @Column(name = "permit_id")
    public Long permitId;

    @Enumerated(EnumType.STRING)
    public CheckResult result;

    @Column(name = "checked_at")
    public Instant checkedAt;
}
