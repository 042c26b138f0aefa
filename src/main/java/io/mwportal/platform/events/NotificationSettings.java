package io.mwportal.platform.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The channels a worker chose besides the inbox, and where they reach them (the phone encrypted). */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings extends PanacheEntityBase {

    @Id
    @Column(name = "worker_subject")
    public String workerSubject;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] channels;

    /** Encrypted with FieldCrypto. */
    public String phone;

    @Column(name = "wechat_open_id")
    public String wechatOpenId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
