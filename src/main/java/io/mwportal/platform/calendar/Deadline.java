package io.mwportal.platform.calendar;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A statutory deadline of some case ({@code subjectType}/{@code subjectId}, e.g. a wage complaint's acceptance
 * decision): {@code amount} days in {@code unit} after {@code startDate}. Kept in one table so that loading a
 * year's holiday schedule can recompute every open deadline it touches.
 */
@Entity
@Table(name = "deadline")
public class Deadline extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public long subjectId;

    public String purpose;

    @Column(name = "start_date")
    public LocalDate startDate;

    public int amount;

    @Enumerated(EnumType.STRING)
    public DeadlineUnit unit;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public boolean provisional;

    public boolean open;

    @Version
    public long version;
}
