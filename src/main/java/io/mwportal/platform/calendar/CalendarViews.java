package io.mwportal.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.mwportal.platform.validation.PlausibleDate;

/** API records of the working-day calendar. */
public final class CalendarViews {

    private CalendarViews() {
    }

    @Schema(name = "CalendarYearRequest", description = "A year's State Council holiday schedule", examples = """
            {"source": "国务院办公厅关于2027年部分节假日安排的通知",
             "holidays": [{"from": "2027-01-01", "to": "2027-01-03", "name": "元旦"}],
             "makeUpWorkdays": [{"date": "2027-02-06", "name": "春节调休上班"}]}""")
    public record CalendarYearRequest(
            @NotBlank @Size(max = 500) String source,
            @NotNull @Size(max = 40) List<@NotNull @Valid HolidayPeriod> holidays,
            @NotNull @Size(max = 20) List<@NotNull @Valid MakeUpWorkday> makeUpWorkdays) {
    }

    @Schema(name = "HolidayPeriod")
    public record HolidayPeriod(
            @NotNull @PlausibleDate @Schema(examples = "2026-02-15") LocalDate from,
            @NotNull @PlausibleDate @Schema(examples = "2026-02-23") LocalDate to,
            @NotBlank @Size(max = 40) @Schema(examples = "春节") String name) {
    }

    @Schema(name = "MakeUpWorkday", description = "A weekend day that is a working day (调休)")
    public record MakeUpWorkday(
            @NotNull @PlausibleDate @Schema(examples = "2026-02-14") LocalDate date,
            @NotBlank @Size(max = 40) @Schema(examples = "春节调休上班") String name) {
    }

    @Schema(name = "CalendarDay")
    public record DayView(LocalDate date, CalendarDay.Kind kind, String name) {
    }

    @Schema(name = "CalendarYear")
    public record CalendarYearView(
            @Schema(examples = "2026") int year,
            String source,
            Instant loadedAt,
            @Schema(description = "Days off on weekdays and weekends, and make-up working days, in date order")
            List<DayView> days,
            @Schema(description = "On load: how many open deadlines got a new due date")
            Integer recomputedDeadlines) {
    }

    @Schema(name = "CalendarYearSummary")
    public record CalendarYearSummary(int year, String source, Instant loadedAt) {
    }

    @Schema(name = "DueDate")
    public record DueDateView(
            LocalDate from,
            int amount,
            DeadlineUnit unit,
            @Schema(examples = "2026-02-27") LocalDate dueDate,
            @Schema(description = "True when the count ran through a year whose schedule is not published yet")
            boolean provisional) {
    }
}
