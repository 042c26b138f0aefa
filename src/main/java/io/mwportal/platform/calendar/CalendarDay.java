package io.mwportal.platform.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An exception to the Monday-Friday week: a day off, or a make-up working day (调休). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    @Id
    public LocalDate day;

    public int year;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "name_zh")
    public String nameZh;

    public enum Kind {
        HOLIDAY, WORKDAY
    }
}
