package io.mwportal.platform.calendar;

import java.time.LocalDate;

/**
 * A computed deadline. {@code provisional} when the count ran through a year whose holiday schedule is not
 * published yet (weekends only were skipped there); loading that year recomputes it.
 */
public record DueDate(LocalDate date, boolean provisional) {
}
