package io.mwportal.training;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A run of a course with a number of seats. {@code confirmedCount} is changed only by single SQL statements that
 * the database checks against {@code capacity} (see {@link EnrolmentService}), never by this entity.
 */
@Entity
@Table(name = "course_session")
public class CourseSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id")
    public long courseId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String schedule;

    public int capacity;

    @Column(name = "confirmed_count", insertable = false, updatable = false)
    public int confirmedCount;

    public boolean cancelled;

    @Version
    public long version;
}
