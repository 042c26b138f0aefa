package io.mwportal.platform.events;

import java.time.Instant;

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

/** A client app's webhook: where to, which event types, the signing secret (encrypted), whom it may hear about. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id")
    public String clientId;

    public String url;

    @Column(name = "event_types")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] eventTypes;

    public String description;

    /** {@code whsec_…}, encrypted with FieldCrypto. */
    public String secret;

    /** The secret before the last rotation, still signing until {@link #previousSecretUntil}; encrypted. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    /** A partner app hears of what it made; otherwise the client hears of its office's subjects. */
    public boolean partner;

    @Column(name = "office_jurisdiction")
    public String officeJurisdiction;

    @Column(name = "office_roles")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] officeRoles;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
