package io.mwportal.platform.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Working-day and natural-day arithmetic over the holiday schedules in the database, kept in memory. Each instance
 * looks at the loaded years (a few rows: year and version) at most once a second
 * ({@code portal.calendar.check-every}) and reads the holidays and make-up days again when they changed: a year loaded
 * on one instance takes effect there at once and on the others within a second (the State Council publishes a year's
 * schedule weeks ahead). Reading the years in every transaction was a round trip of every filing and case action
 * (README, "Benchmark: the write path").
 */
@ApplicationScoped
public class WorkingDayCalendar {

    /** {@code n} working days after {@code start} (start itself not counted; n = 0 gives start). */
    public DueDate addWorkingDays(LocalDate start, int n) {
        return schedule().addWorkingDays(start, n);
    }

    /** {@code n} calendar days after {@code start}, moved to the next working day if that is a day off. */
    public DueDate addNaturalDays(LocalDate start, int n) {
        return schedule().addNaturalDays(start, n);
    }

    public DueDate add(LocalDate start, int amount, DeadlineUnit unit) {
        return schedule().add(start, amount, unit);
    }

    public boolean isWorkingDay(LocalDate day) {
        return schedule().isWorkingDay(day);
    }

    /**
     * Days of {@code unit} from {@code from} to {@code to}: the count of such days in (from, to], negative when
     * {@code to} is before {@code from}. Used for "days left" and for the days a paused clock stood still.
     */
    public int daysBetween(LocalDate from, LocalDate to, DeadlineUnit unit) {
        return schedule().daysBetween(from, to, unit);
    }

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** How long this instance goes by the years it read before it looks at them again. */
    private final long checkEveryNanos;

    /** Marks the transaction that loads a year ({@link #changedInThisTransaction()}). */
    private static final String CHANGED_HERE = WorkingDayCalendar.class.getName() + ".changed";

    @Inject
    EntityManager em;

    /**
     * The holidays and make-up days as they were when read, with the version and load time of each year they came
     * from (a load that rolled back leaves a load time no later load repeats), and when the years were last read.
     */
    private volatile Loaded loaded;

    private record Loaded(Map<Integer, String> versions, Map<LocalDate, CalendarDay.Kind> days, long checkedAt) {
    }

    @Inject
    WorkingDayCalendar(@ConfigProperty(name = "portal.calendar.check-every") Duration checkEvery) {
        this.checkEveryNanos = checkEvery.toNanos();
        this.loaded = new Loaded(Map.of(), Map.of(), System.nanoTime() - checkEveryNanos);
    }

    /**
     * For the transaction that loads a year: from now on it reads the schedule it is writing (never shared with
     * other transactions before it commits), and when it ends this instance reads the years again.
     */
    public void changedInThisTransaction() {
        transactions.putResource(CHANGED_HERE, Boolean.TRUE);
        transactions.putResource(WorkingDayCalendar.class, Boolean.FALSE); // not a Schedule: read again
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                Loaded current = loaded;
                loaded = new Loaded(current.versions(), current.days(), System.nanoTime() - checkEveryNanos);
            }
        });
    }

    /** One read of the schedule for many computations (a filing, a list of cases, a bulk recompute). */
    public Schedule schedule() {
        Object transaction = transactions.getTransactionKey();
        if (transaction != null && transactions.getResource(WorkingDayCalendar.class) instanceof Schedule same) {
            return same;
        }
        boolean changedHere = transaction != null && transactions.getResource(CHANGED_HERE) != null;
        Loaded current = loaded;
        long now = System.nanoTime();
        if (changedHere || now - current.checkedAt() >= checkEveryNanos) {
            Map<Integer, String> versions = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> years = em.createNativeQuery("select year, version, loaded_at from calendar_year")
                    .getResultList();
            years.forEach(y -> versions.put(((Number) y[0]).intValue(), y[1] + " " + PortalTime.instant(y[2])));
            Map<LocalDate, CalendarDay.Kind> days = current.days();
            if (!current.versions().equals(versions)) {
                days = new HashMap<>();
                for (CalendarDay d : CalendarDay.<CalendarDay>listAll()) {
                    days.put(d.day, d.kind);
                }
                days = Map.copyOf(days);
            }
            current = new Loaded(Map.copyOf(versions), days, now);
            if (!changedHere) {
                loaded = current;
            }
        }
        Map<LocalDate, CalendarDay.Kind> days = current.days();
        Schedule schedule = new Schedule(current.versions().keySet(), (from, to) -> {
            Map<LocalDate, CalendarDay.Kind> window = new HashMap<>();
            days.forEach((day, kind) -> {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    window.put(day, kind);
                }
            });
            return window;
        });
        if (transaction != null) {
            transactions.putResource(WorkingDayCalendar.class, schedule);
        }
        return schedule;
    }

    /**
     * The arithmetic over one reading of the schedules: the years that are published, and the exceptions to
     * Monday-Friday, loaded window by window as a computation reaches further. Pure given its two inputs (unit
     * tests build it from a map); one instance can serve many computations, so it is not shared between requests.
     */
    public static final class Schedule {

        private static final int WINDOW_DAYS = 400;

        /** Reads the holidays and make-up working days between two dates (inclusive). */
        public interface DayLoader extends BiFunction<LocalDate, LocalDate, Map<LocalDate, CalendarDay.Kind>> {
        }

        private final Set<Integer> publishedYears;
        private final DayLoader loader;
        private final Map<LocalDate, CalendarDay.Kind> exceptions = new HashMap<>();
        private LocalDate loadedFrom;
        private LocalDate loadedTo;

        public Schedule(Set<Integer> publishedYears, DayLoader loader) {
            this.publishedYears = Set.copyOf(publishedYears);
            this.loader = loader;
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
                LocalDate from = day.minusDays(7);
                LocalDate to = day.plusDays(WINDOW_DAYS);
                // Earlier windows stay in the map (still correct); only the current window counts as covered.
                exceptions.putAll(loader.apply(from, to));
                loadedFrom = from;
                loadedTo = to;
            }
            return exceptions.get(day);
        }
    }
}
