package io.mwportal.wages;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A name on the list of employers named for serious wage arrears (拖欠农民工工资失信联合惩戒对象名单). */
@Entity
@Table(name = "arrears_list_entry")
public class ArrearsListEntry extends PanacheEntityBase {

    /** Where an entry stands on a given day. */
    public enum State {
        /** On the published list. */
        LISTED,
        /** Taken off early (paid and pledged), by an officer. */
        REMOVED,
        /** Its period ran out. */
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "employer_name")
    public String employerName;

    @Column(name = "name_key")
    public String nameKey;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "included_on")
    public LocalDate includedOn;

    @Column(name = "legal_basis")
    public String legalBasis;

    public String reason;

    @Column(name = "removal_due")
    public LocalDate removalDue;

    @Column(name = "removed_on")
    public LocalDate removedOn;

    @Column(name = "removal_reason")
    public String removalReason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public State state(LocalDate today) {
        if (removedOn != null) {
            return State.REMOVED;
        }
        return today.isBefore(removalDue) ? State.LISTED : State.EXPIRED;
    }
}
