package io.mwportal.platform.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.mwportal.platform.audit.AuditLog;
import io.mwportal.platform.calendar.CalendarViews.CalendarYearRequest;
import io.mwportal.platform.calendar.CalendarViews.CalendarYearSummary;
import io.mwportal.platform.calendar.CalendarViews.CalendarYearView;
import io.mwportal.platform.calendar.CalendarViews.DayView;
import io.mwportal.platform.calendar.CalendarViews.HolidayPeriod;
import io.mwportal.platform.calendar.CalendarViews.MakeUpWorkday;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.web.EntityTags;
import io.quarkus.panache.common.Sort;

/** Reads and loads the yearly holiday schedules. */
@ApplicationScoped
public class CalendarService {

    @Inject
    DeadlineService deadlines;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AuditLog audit;

    public List<CalendarYearSummary> years() {
        return CalendarYear.<CalendarYear>listAll(Sort.by("year")).stream()
                .map(y -> new CalendarYearSummary(y.year, y.source, y.loadedAt)).toList();
    }

    public CalendarYear year(int year) {
        return CalendarYear.<CalendarYear>findByIdOptional(year).orElseThrow(ProblemException::notFound);
    }

    public CalendarYearView view(CalendarYear year, Integer recomputedDeadlines) {
        List<DayView> days = CalendarDay.<CalendarDay>list("year", Sort.by("day"), year.year).stream()
                .map(d -> new DayView(d.day, d.kind, d.nameZh)).toList();
        return new CalendarYearView(year.year, year.source, year.loadedAt, days, recomputedDeadlines);
    }

    public record Loaded(CalendarYear year, boolean created, int recomputedDeadlines) {
    }

    /**
     * Replaces the schedule of {@code year} and recomputes the open deadlines it touches, in one transaction.
     * Every day must lie in the year; make-up days must be weekend days; no day may be both.
     */
    @Transactional
    public Loaded load(int year, CalendarYearRequest request, String ifMatch, String loadedBy) {
        validate(year, request);
        calendar.changedInThisTransaction();
        CalendarYear existing = CalendarYear.findById(year);
        CalendarYearView before = null;
        if (existing != null) {
            EntityTags.checkIfMatch(ifMatch, existing.version);
            before = view(existing, null);
            CalendarDay.delete("year", year);
            CalendarDay.flush();
            // The bulk delete bypasses the persistence context: forget the days that were read for the audit.
            CalendarDay.getEntityManager().clear();
            existing = CalendarYear.findById(year);
        }
        CalendarYear calendarYear = existing != null ? existing : new CalendarYear();
        calendarYear.year = year;
        calendarYear.source = request.source();
        calendarYear.loadedAt = Instant.now();
        calendarYear.loadedBy = loadedBy;
        calendarYear.persist();
        for (HolidayPeriod period : request.holidays()) {
            for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                persistDay(year, day, CalendarDay.Kind.HOLIDAY, period.name());
            }
        }
        for (MakeUpWorkday workday : request.makeUpWorkdays()) {
            persistDay(year, workday.date(), CalendarDay.Kind.WORKDAY, workday.name());
        }
        CalendarYear.flush();
        int recomputed = deadlines.recomputeTouching(year);
        audit.changed("CALENDAR_YEAR", year, existing == null ? "CREATE" : "REPLACE", before,
                view(calendarYear, null));
        return new Loaded(calendarYear, existing == null, recomputed);
    }

    private static void persistDay(int year, LocalDate date, CalendarDay.Kind kind, String name) {
        CalendarDay day = new CalendarDay();
        day.day = date;
        day.year = year;
        day.kind = kind;
        day.nameZh = name;
        day.persist();
    }

    private static void validate(int year, CalendarYearRequest request) {
        List<Violation> errors = new ArrayList<>();
        Set<LocalDate> holidayDays = new TreeSet<>();
        for (int i = 0; i < request.holidays().size(); i++) {
            HolidayPeriod period = request.holidays().get(i);
            String field = "holidays[" + i + "]";
            if (period.to().isBefore(period.from())) {
                errors.add(new Violation(field + ".to", "HOLIDAY_RANGE"));
                continue;
            }
            if (period.from().getYear() != year || period.to().getYear() != year) {
                errors.add(new Violation(field, "NOT_IN_YEAR", Integer.toString(year)));
                continue;
            }
            for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                if (!holidayDays.add(day)) {
                    errors.add(new Violation(field, "OVERLAPPING_DAY"));
                    break;
                }
            }
        }
        Set<LocalDate> workdays = new TreeSet<>();
        for (int i = 0; i < request.makeUpWorkdays().size(); i++) {
            LocalDate date = request.makeUpWorkdays().get(i).date();
            String field = "makeUpWorkdays[" + i + "].date";
            if (date.getYear() != year) {
                errors.add(new Violation(field, "NOT_IN_YEAR", Integer.toString(year)));
            } else if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                errors.add(new Violation(field, "MAKE_UP_DAY_NOT_WEEKEND"));
            } else if (holidayDays.contains(date) || !workdays.add(date)) {
                errors.add(new Violation(field, "OVERLAPPING_DAY"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.withErrors(422, "CALENDAR_INVALID", errors);
        }
    }
}
