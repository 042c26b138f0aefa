package io.mwportal.platform.calendar;

public enum DeadlineUnit {
    /** 工作日: Monday-Friday and make-up days, minus statutory holidays. */
    WORKING_DAYS,
    /** 自然日: calendar days; a period ending on a day off ends on the next working day (民法典 Art 203). */
    NATURAL_DAYS
}
