package io.mwportal.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mwportal.platform.calendar.CalendarDay.Kind;
import io.mwportal.platform.calendar.WorkingDayCalendar.Schedule;

/**
 * Working-day arithmetic over the 2026 State Council schedule (research/domain.md), held in memory: no database.
 */
class WorkingDaysUnitTest {

    /** 2026: 元旦 1-3 Jan (work Sun 4 Jan); 春节 15-23 Feb (work Sat 14, Sat 28 Feb); 清明 4-6 Apr; 劳动节 1-5 May (work Sat 9 May). */
    private static final Map<LocalDate, Kind> DAYS_2026 = new HashMap<>();

    static {
        holidays("2026-01-01", "2026-01-03");
        DAYS_2026.put(d("2026-01-04"), Kind.WORKDAY);
        holidays("2026-02-15", "2026-02-23");
        DAYS_2026.put(d("2026-02-14"), Kind.WORKDAY);
        DAYS_2026.put(d("2026-02-28"), Kind.WORKDAY);
        holidays("2026-04-04", "2026-04-06");
        holidays("2026-05-01", "2026-05-05");
        DAYS_2026.put(d("2026-05-09"), Kind.WORKDAY);
    }

    private final List<LocalDate[]> loads = new ArrayList<>();

    private static void holidays(String from, String to) {
        for (LocalDate day = d(from); !day.isAfter(d(to)); day = day.plusDays(1)) {
            DAYS_2026.put(day, Kind.HOLIDAY);
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private Schedule schedule() {
        return new Schedule(Set.of(2026), (from, to) -> {
            loads.add(new LocalDate[] { from, to });
            Map<LocalDate, Kind> window = new HashMap<>();
            DAYS_2026.forEach((day, kind) -> {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    window.put(day, kind);
                }
            });
            return window;
        });
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // research/domain.md: 5 working days after Friday 13 Feb 2026 is Friday 27 Feb (Sat 14 Feb counts).
            "2026-02-13, 5, 2026-02-27",
            "2026-02-13, 1, 2026-02-14",
            "2026-02-13, 2, 2026-02-24",
            "2026-02-27, 1, 2026-02-28",
            "2026-02-27, 2, 2026-03-02",
            "2026-03-02, 5, 2026-03-09",
            "2026-03-02, 60, 2026-05-28",
            "2026-12-31, 0, 2026-12-31",
            "2026-04-03, 1, 2026-04-07",
            "2026-05-08, 1, 2026-05-09" })
    void workingDays(String start, int n, String due) {
        assertEquals(new DueDate(d(due), false), schedule().addWorkingDays(d(start), n));
    }

    @ParameterizedTest(name = "{0} + {1} natural days = {2}")
    @CsvSource({ "2026-02-10, 5, 2026-02-24", "2026-02-10, 4, 2026-02-14", "2026-03-02, 3, 2026-03-05",
            "2026-02-07, 7, 2026-02-14", "2026-03-06, 1, 2026-03-09", "2026-03-02, 0, 2026-03-02" })
    void naturalDaysEndingOnADayOffMoveToTheNextWorkingDay(String start, int n, String due) {
        assertEquals(new DueDate(d(due), false), schedule().addNaturalDays(d(start), n));
    }

    @Test
    void aCountIntoAnUnpublishedYearIsProvisional() {
        Schedule schedule = schedule();
        // 2027 is not loaded: weekends only, and marked provisional.
        assertEquals(new DueDate(d("2027-01-04"), true), schedule.addWorkingDays(d("2026-12-21"), 10));
        assertEquals(new DueDate(d("2026-12-31"), false), schedule.addWorkingDays(d("2026-12-21"), 8));
        assertEquals(new DueDate(d("2027-01-04"), true), schedule.addNaturalDays(d("2026-12-31"), 2));
        assertEquals(new DueDate(d("2027-01-04"), true), schedule.add(d("2026-12-31"), 2, DeadlineUnit.NATURAL_DAYS));
        assertEquals(new DueDate(d("2027-01-04"), true), schedule.add(d("2026-12-31"), 2, DeadlineUnit.WORKING_DAYS));
    }

    @Test
    void daysBetweenCountsTheSecondDayNotTheFirst() {
        Schedule schedule = schedule();
        assertEquals(5, schedule.daysBetween(d("2026-02-13"), d("2026-02-27"), DeadlineUnit.WORKING_DAYS));
        assertEquals(-5, schedule.daysBetween(d("2026-02-27"), d("2026-02-13"), DeadlineUnit.WORKING_DAYS));
        assertEquals(0, schedule.daysBetween(d("2026-02-15"), d("2026-02-22"), DeadlineUnit.WORKING_DAYS));
        assertEquals(0, schedule.daysBetween(d("2026-03-02"), d("2026-03-02"), DeadlineUnit.WORKING_DAYS));
        assertEquals(14, schedule.daysBetween(d("2026-02-13"), d("2026-02-27"), DeadlineUnit.NATURAL_DAYS));
        assertEquals(-14, schedule.daysBetween(d("2026-02-27"), d("2026-02-13"), DeadlineUnit.NATURAL_DAYS));
    }

    @Test
    void makeUpDaysWorkAndHolidaysDoNot() {
        Schedule schedule = schedule();
        assertTrue(schedule.isWorkingDay(d("2026-02-14")));
        assertEquals(false, schedule.isWorkingDay(d("2026-02-16")));
        assertEquals(false, schedule.isWorkingDay(d("2026-03-07")));
        assertEquals(false, schedule.isWorkingDay(d("2026-03-08")));
        assertTrue(schedule.isWorkingDay(d("2026-03-06")));
    }

    @Test
    void theScheduleIsReadWindowByWindow() {
        Schedule schedule = schedule();
        schedule.addWorkingDays(d("2026-01-05"), 60);
        assertEquals(1, loads.size(), "one window covers months of counting");
        schedule.isWorkingDay(d("2026-01-06"));
        assertEquals(1, loads.size());
        // From a week before the first day looked at (6 Jan) to 400 days after it.
        assertEquals(d("2025-12-30"), loads.get(0)[0]);
        assertEquals(d("2027-02-10"), loads.get(0)[1]);
        // Reaching past the window loads the next one; going back loads the earlier one again.
        schedule.isWorkingDay(d("2027-03-01"));
        assertEquals(2, loads.size());
        assertEquals(d("2027-02-22"), loads.get(1)[0]);
        assertTrue(schedule.isWorkingDay(d("2026-02-14")));
        assertEquals(3, loads.size());
    }

    @Test
    void theUnitDecides() {
        // From a Monday, 6 working days is the next Tuesday; 6 calendar days is Sunday, moved to Monday.
        Schedule schedule = schedule();
        assertEquals(d("2026-03-10"), schedule.add(d("2026-03-02"), 6, DeadlineUnit.WORKING_DAYS).date());
        assertEquals(d("2026-03-09"), schedule.add(d("2026-03-02"), 6, DeadlineUnit.NATURAL_DAYS).date());
    }

    @Test
    void rollingOverADayOffIntoAnUnpublishedYearIsProvisional() {
        Schedule lastDayOff = new Schedule(Set.of(2026), (from, to) -> Map.of(d("2026-12-31"), Kind.HOLIDAY));
        assertEquals(new DueDate(d("2027-01-01"), true), lastDayOff.addNaturalDays(d("2026-12-30"), 1));
        assertEquals(new DueDate(d("2026-12-30"), false), lastDayOff.addNaturalDays(d("2026-12-29"), 1));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> schedule().addWorkingDays(d("2026-03-02"), -1));
        assertThrows(IllegalArgumentException.class, () -> schedule().addNaturalDays(d("2026-03-02"), -1));
    }
}
