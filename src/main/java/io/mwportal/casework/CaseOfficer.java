package io.mwportal.casework;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An officer in one office role, as last seen by the portal ({@link CaseOfficers}). */
@Entity
@Table(name = "case_officer")
@IdClass(CaseOfficer.Key.class)
public class CaseOfficer extends PanacheEntityBase {

    @Id
    public String subject;

    @Id
    public String role;

    public String username;

    public String jurisdiction;

    @Column(name = "first_seen_at")
    public Instant firstSeenAt;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    public record Key(String subject, String role) implements Serializable {
    }
}
