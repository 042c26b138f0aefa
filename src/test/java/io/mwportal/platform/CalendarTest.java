package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.mwportal.platform.calendar.Deadline;
import io.mwportal.platform.calendar.DeadlineService;
import io.mwportal.platform.calendar.DeadlineUnit;
import io.mwportal.platform.calendar.DueDate;
import io.mwportal.platform.calendar.WorkingDayCalendar;
import io.mwportal.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Working days over the State Council schedules, including make-up days (调休) and unpublished years. */
@QuarkusTest
class CalendarTest {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    DeadlineService deadlines;

    @Inject
    EntityManager em;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void springFestival2026AndItsMakeUpDays() {
        // The example of research/domain.md: Sat 14 Feb counts, 15-23 Feb do not.
        assertEquals(new DueDate(d("2026-02-27"), false), calendar.addWorkingDays(d("2026-02-13"), 5));
        assertTrue(calendar.isWorkingDay(d("2026-02-14")), "Sat 14 Feb 2026 is a make-up working day");
        assertTrue(calendar.isWorkingDay(d("2026-02-28")), "Sat 28 Feb 2026 is a make-up working day");
        assertFalse(calendar.isWorkingDay(d("2026-02-16")), "Mon 16 Feb 2026 is Spring Festival");
        assertFalse(calendar.isWorkingDay(d("2026-02-21")), "Sat 21 Feb 2026 is inside the holiday");
        assertFalse(calendar.isWorkingDay(d("2026-03-01")), "an ordinary Sunday");
        assertEquals(d("2026-02-14"), calendar.addWorkingDays(d("2026-02-13"), 1).date());
        assertEquals(d("2026-02-24"), calendar.addWorkingDays(d("2026-02-14"), 1).date());
    }

    @Test
    void springFestival2025() {
        assertEquals(d("2025-01-26"), calendar.addWorkingDays(d("2025-01-24"), 1).date(), "Sun 26 Jan 2025 works");
        assertEquals(d("2025-02-05"), calendar.addWorkingDays(d("2025-01-27"), 1).date(), "28 Jan-4 Feb off");
        assertEquals(d("2025-02-08"), calendar.addWorkingDays(d("2025-02-07"), 1).date(), "Sat 8 Feb 2025 works");
    }

    @Test
    void sixtyWorkingDaysAcrossNationalDay2026() {
        // 60 working days from Mon 31 Aug 2026, through Mid-Autumn and National Day with their make-up days.
        DueDate due = calendar.addWorkingDays(d("2026-08-31"), 60);
        assertEquals(d("2026-11-27"), due.date());
        assertFalse(due.provisional());
    }

    @Test
    void naturalDaysEndingOnAHolidayMoveToTheNextWorkingDay() {
        assertEquals(d("2026-02-24"), calendar.addNaturalDays(d("2026-02-10"), 5).date());
        assertEquals(d("2026-03-17"), calendar.addNaturalDays(d("2026-03-02"), 15).date());
        assertEquals(d("2026-03-16"), calendar.addNaturalDays(d("2026-03-01"), 14).date(), "Sun 15 Mar → Mon");
    }

    @Test
    void dueDateEndpointComputesTheSameAsTheService() {
        given().queryParam("from", "2026-02-13").queryParam("amount", 5).get("/api/v1/calendar/due-date")
                .then().statusCode(200).body("dueDate", equalTo("2026-02-27")).body("provisional", equalTo(false))
                .body("unit", equalTo("WORKING_DAYS"));
        given().queryParam("from", "2026-02-10").queryParam("amount", 5).queryParam("unit", "NATURAL_DAYS")
                .get("/api/v1/calendar/due-date").then().statusCode(200).body("dueDate", equalTo("2026-02-24"));
        given().get("/api/v1/calendar/years").then().statusCode(200).body("year", hasItem(2026));
        given().get("/api/v1/calendar/years/2026").then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("days.find { it.date == '2026-02-14' }.kind", equalTo("WORKDAY"));
        given().get("/api/v1/calendar/years/2031").then().statusCode(404);
    }

    @Test
    void anUnpublishedYearIsProvisionalAndLoadingItRecomputesOpenDeadlines() {
        // 2027's schedule is not published: the count skips weekends only and says so.
        DueDate before = calendar.addWorkingDays(d("2026-12-21"), 10);
        assertEquals(new DueDate(d("2027-01-04"), true), before);
        Deadline open = QuarkusTransaction.requiringNew().call(() -> deadlines.schedule("TEST_CASE", 1L,
                "ACCEPTANCE", d("2026-12-21"), 10, DeadlineUnit.WORKING_DAYS));
        Deadline closed = QuarkusTransaction.requiringNew().call(() -> {
            Deadline deadline = deadlines.schedule("TEST_CASE", 2L, "ACCEPTANCE", d("2026-12-21"), 10,
                    DeadlineUnit.WORKING_DAYS);
            deadlines.close(deadline);
            return deadline;
        });
        assertTrue(open.provisional);

        // An invented 2027 schedule: New Year 1-3 Jan (Fri-Sun), make-up Sat 9 Jan.
        Map<String, Object> schedule = Map.of("source", "测试用 2027 年安排",
                "holidays", List.of(Map.of("from", "2027-01-01", "to", "2027-01-03", "name", "元旦")),
                "makeUpWorkdays", List.of(Map.of("date", "2027-01-09", "name", "元旦调休上班")));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(schedule)
                .put("/api/v1/calendar/years/2027")
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("recomputedDeadlines", greaterThanOrEqualTo(1))
                .body("days.size()", equalTo(4));

        // 21 Dec 2026 + 10 working days: 22-25, 28-31 Dec (8), then Mon 4 and Tue 5 Jan; Fri 1 Jan is off now.
        assertEquals(new DueDate(d("2027-01-05"), false), calendar.addWorkingDays(d("2026-12-21"), 10));
        Deadline reloaded = QuarkusTransaction.requiringNew().call(() -> Deadline.findById(open.id));
        assertEquals(d("2027-01-05"), reloaded.dueDate);
        assertFalse(reloaded.provisional);
        Deadline untouched = QuarkusTransaction.requiringNew().call(() -> Deadline.findById(closed.id));
        assertEquals(d("2027-01-04"), untouched.dueDate, "closed deadlines are history and stay as they were");

        // Replacing the year needs the current ETag when If-Match is sent.
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(schedule).put("/api/v1/calendar/years/2027").then().statusCode(412);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(schedule).put("/api/v1/calendar/years/2027").then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
    }

    /**
     * Each instance looks at the loaded years at most once a second (WorkingDayCalendar): a year another instance
     * loads, written here in SQL as that instance would, is counted with here within a few seconds, and so is its
     * removal.
     */
    @Test
    void aYearLoadedOnAnotherInstanceTakesEffectHereWithinSeconds() {
        // Mon 3 Jan 2028 + 1 working day: Tue 4 Jan, or Wed 5 Jan once the 4th is a holiday.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into calendar_year (year, source, loaded_by)
                    values (2028, '另一实例载入', 'other-instance')""").executeUpdate();
            em.createNativeQuery("""
                    insert into calendar_day (day, year, kind, name_zh)
                    values (date '2028-01-04', 2028, 'HOLIDAY', '测试')""").executeUpdate();
        });
        awaitNextWorkingDay(d("2028-01-03"), new DueDate(d("2028-01-05"), false));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from calendar_year where year = 2028")
                .executeUpdate());
        awaitNextWorkingDay(d("2028-01-03"), new DueDate(d("2028-01-04"), true));
    }

    private void awaitNextWorkingDay(LocalDate from, DueDate expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (!expected.equals(calendar.addWorkingDays(from, 1))) {
            assertTrue(System.nanoTime() < deadline, "not seen within 5 s: " + expected);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void invalidSchedulesAre422WithEveryProblemNamed() {
        Map<String, Object> schedule = Map.of("source", "错误的安排",
                "holidays", List.of(Map.of("from", "2028-01-03", "to", "2028-01-01", "name", "倒序"),
                        Map.of("from", "2029-01-01", "to", "2029-01-01", "name", "别的年份")),
                "makeUpWorkdays", List.of(Map.of("date", "2028-01-05", "name", "周三不是周末")));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(schedule)
                .put("/api/v1/calendar/years/2028")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("CALENDAR_INVALID"))
                .body("errors.field", equalTo(List.of("holidays[0].to", "holidays[1]", "makeUpWorkdays[0].date")))
                .body("errors.code", equalTo(List.of("HOLIDAY_RANGE", "NOT_IN_YEAR", "MAKE_UP_DAY_NOT_WEEKEND")));
        given().get("/api/v1/calendar/years/2028").then().statusCode(404);
    }
}
