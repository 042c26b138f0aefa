package io.mwportal.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Working-day and natural-day arithmetic over the holiday schedules in the database. Each computation reads the
 * schedule afresh (one indexed range query), so a year loaded on any instance takes effect everywhere at once.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    /** {@code n} working days after {@code start} (start itself not counted; n = 0 gives start). */
    public DueDate addWorkingDays(LocalDate start, int n) {
        return new Schedule().addWorkingDays(start, n);
    }

    /** {@code n} calendar days after {@code start}, moved to the next working day if that is a day off. */
    public DueDate addNaturalDays(LocalDate start, int n) {
        return new Schedule().addNaturalDays(start, n);
    }

    public DueDate add(LocalDate start, int amount, DeadlineUnit unit) {
        return new Schedule().add(start, amount, unit);
    }

    public boolean isWorkingDay(LocalDate day) {
        return new Schedule().isWorkingDay(day);
    }

    /**
     * Days of {@code unit} from {@code from} to {@code to}: the count of such days in (from, to], negative when
     * {@code to} is before {@code from}. Used for "days left" and for the days a paused clock stood still.
     */
    public int daysBetween(LocalDate from, LocalDate to, DeadlineUnit unit) {
        return new Schedule().daysBetween(from, to, unit);
    }

    /** One read of the schedule for many computations (a list of cases, a bulk recompute). */
    public Schedule schedule() {
        return new Schedule();
    }

    /**
     * The schedule as read from the database, loaded window by window as a computation reaches further. One
     * instance can serve many computations, so it is not shared between requests.
     */
    public static final class Schedule {

        private static final int WINDOW_DAYS = 400;

        private final Set<Integer> publishedYears = new HashSet<>();
        private final Map<LocalDate, CalendarDay.Kind> exceptions = new HashMap<>();
        private LocalDate loadedFrom;
        private LocalDate loadedTo;

        private Schedule() {
            List<CalendarYear> years = CalendarYear.listAll();
            years.forEach(y -> publishedYears.add(y.year));
        }

        public int daysBetween(LocalDate from, LocalDate to, DeadlineUnit unit) {
            if (unit == DeadlineUnit.NATURAL_DAYS) {
                return (int) ChronoUnit.DAYS.between(from, to);
            }
            int sign = to.isBefore(from) ? -1 : 1;
            LocalDate start = sign > 0 ? from : to;
            LocalDate end = sign > 0 ? to : from;
            int count = 0;
            for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
                if (isWorkingDay(day)) {
                    count++;
                }
            }
            return sign * count;
        }

        public DueDate add(LocalDate start, int amount, DeadlineUnit unit) {
            return unit == DeadlineUnit.WORKING_DAYS ? addWorkingDays(start, amount) : addNaturalDays(start, amount);
        }

        public DueDate addWorkingDays(LocalDate start, int n) {
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative");
            }
            LocalDate day = start;
            boolean provisional = false;
            for (int counted = 0; counted < n;) {
                day = day.plusDays(1);
                provisional |= !publishedYears.contains(day.getYear());
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
            return new DueDate(day, provisional);
        }

        public DueDate addNaturalDays(LocalDate start, int n) {
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative");
            }
            LocalDate day = start.plusDays(n);
            boolean provisional = !publishedYears.contains(day.getYear());
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
                provisional |= !publishedYears.contains(day.getYear());
            }
            return new DueDate(day, provisional);
        }

        public boolean isWorkingDay(LocalDate day) {
            CalendarDay.Kind exception = exception(day);
            if (exception != null) {
                return exception == CalendarDay.Kind.WORKDAY;
            }
            DayOfWeek weekday = day.getDayOfWeek();
            return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
        }

        private CalendarDay.Kind exception(LocalDate day) {
            if (loadedFrom == null || day.isBefore(loadedFrom) || day.isAfter(loadedTo)) {
                load(day.minusDays(7), day.plusDays(WINDOW_DAYS));
            }
            return exceptions.get(day);
        }

        private void load(LocalDate from, LocalDate to) {
            List<CalendarDay> days = CalendarDay.list("day between ?1 and ?2", from, to);
            days.forEach(d -> exceptions.put(d.day, d.kind));
            // Earlier windows stay in the map (still correct); only the current window counts as covered.
            loadedFrom = from;
            loadedTo = to;
        }
    }
}
