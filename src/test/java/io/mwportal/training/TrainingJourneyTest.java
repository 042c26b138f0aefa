package io.mwportal.training;

import static io.mwportal.support.TrainingApi.BASE;
import static io.mwportal.support.TrainingApi.claim;
import static io.mwportal.support.TrainingApi.completed;
import static io.mwportal.support.TrainingApi.course;
import static io.mwportal.support.TrainingApi.enrol;
import static io.mwportal.support.TrainingApi.inDays;
import static io.mwportal.support.TrainingApi.on;
import static io.mwportal.support.TrainingApi.post;
import static io.mwportal.support.TrainingApi.publishedSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mwportal.support.EventApi;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The journey with real tokens: trainer.city publishes, wang.worker enrols, completes and claims. */
@QuarkusTest
class TrainingJourneyTest {

    @Test
    void publishEnrolCompleteClaim() {
        var before = given().auth().oauth2(Tokens.of("analyst")).get(BASE + "/progress").then().statusCode(200)
                .extract().jsonPath();
        var course = post("trainer.city", "/courses", course("6-18-02-04", 5)).then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("fee", equalTo("1800.00")).extract();
        long courseId = ((Number) course.path("id")).longValue();
        given().get(BASE + "/courses/" + courseId).then().statusCode(404);
        long sessionId = ((Number) post("trainer.city", "/courses/" + courseId + "/sessions",
                Map.of("startsOn", inDays(90), "endsOn", inDays(109), "schedule", "周一至周五 8:30-16:30",
                        "capacity", 2)).then().statusCode(201).body("freeSeats", equalTo(2)).extract().path("id"))
                .longValue();
        post("trainer.city", "/courses/" + courseId + "/actions/publish", null).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        given().queryParam("occupation", "6-18").queryParam("district", "210702").queryParam("hasFreeSeats", true)
                .queryParam("startingAfter", inDays(62)).queryParam("size", 100).get(BASE + "/courses")
                .then().statusCode(200).body("items.id", hasItem((int) courseId));
        given().queryParam("mode", "REMOTE").queryParam("size", 100).get(BASE + "/courses").then().statusCode(200)
                .body("items.id", not(hasItem((int) courseId)));

        long enrolmentId = ((Number) enrol("wang.worker", sessionId).then().statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("waitlistPosition", nullValue())
                .extract().path("id")).longValue();
        given().auth().oauth2(Tokens.of("trainer.city")).get(BASE + "/sessions/" + sessionId + "/roster").then()
                .statusCode(200).body("confirmed.workerName", equalTo(List.of("wang.worker")))
                .body("session.freeSeats", equalTo(1));
        // Completion is recorded once the session has started, not before.
        post("trainer.city", "/enrolments/" + enrolmentId + "/actions/complete",
                Map.of("certificateNumber", "S000021070226000123")).then().statusCode(409)
                .body("code", equalTo("SESSION_NOT_STARTED"));
        on(inDays(90), () -> post("trainer.city", "/enrolments/" + enrolmentId + "/actions/complete",
                Map.of("certificateNumber", "S000021070226000123")).then().statusCode(200)
                .body("status", equalTo("COMPLETED")));

        var claimed = claim("wang.worker", enrolmentId).then().statusCode(201).body("status", equalTo("SUBMITTED"))
                .extract();
        long claimId = ((Number) claimed.path("id")).longValue();
        given().auth().oauth2(Tokens.of("trainer.city")).queryParam("status", "SUBMITTED").queryParam("size", 100)
                .get(BASE + "/subsidy-claims").then().statusCode(200).body("items.id", hasItem((int) claimId));
        post("trainer.city", "/subsidy-claims/" + claimId + "/actions/approve", Map.of()).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("amount", equalTo("1800.00"));
        post("trainer.city", "/subsidy-claims/" + claimId + "/actions/reject", Map.of("reason", "x")).then()
                .statusCode(409).body("code", equalTo("CLAIM_DECIDED"));
        given().auth().oauth2(Tokens.of("wang.worker")).get(BASE + "/subsidy-claims/" + claimId).then()
                .statusCode(200).body("status", equalTo("APPROVED"));

        // This journey added one enrolment, one completion and one approved subsidy of 1800.00, no more.
        given().get(BASE + "/progress").then().statusCode(200).body("target", equalTo(10000))
                .body("enrolments", equalTo(count(before, "enrolments") + 1))
                .body("completions", equalTo(count(before, "completions") + 1))
                .body("byDistrict.210702.completions", equalTo(count(before, "byDistrict.210702.completions") + 1))
                .body("byProgramme.SPRING_TIDE.subsidiesApproved",
                        equalTo(count(before, "byProgramme.SPRING_TIDE.subsidiesApproved") + 1))
                .body("subsidyAmountApproved", nullValue());
        given().auth().oauth2(Tokens.of("analyst")).get(BASE + "/progress").then().statusCode(200)
                .body("subsidyAmountApproved", equalTo(new java.math.BigDecimal(before.getString("subsidyAmountApproved"))
                        .add(new java.math.BigDecimal("1800.00")).toPlainString()));
    }

    @Test
    void waitlistIsPromotedWhenASeatFrees() {
        long session = publishedSession(course("6-18-02-04", 4), inDays(121), 1);
        long wang = ((Number) enrol("wang.worker", session).then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .extract().path("id")).longValue();
        long li = ((Number) enrol("li.worker", session).then().statusCode(201).body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1)).extract().path("id")).longValue();
        enrol("wang.worker", session).then().statusCode(409).body("code", equalTo("ALREADY_ENROLLED"));
        post("wang.worker", "/enrolments/" + wang + "/actions/cancel", null).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().auth().oauth2(Tokens.of("li.worker")).get(BASE + "/enrolments/" + li).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("promoted", equalTo(true))
                .body("waitlistPosition", nullValue());
        assertThat(EventApi.message("li.worker", "enrolment.promoted", li), startsWith("您在《"));
        assertThat(EventApi.message("li.worker", "enrolment.promoted", li), containsString("的候补已转为正式名额"));
        assertThat(EventApi.message("wang.worker", "enrolment.promoted", li), nullValue());
        post("wang.worker", "/enrolments/" + wang + "/actions/cancel", null).then().statusCode(409);
        // A cancelled worker may enrol again: now at the back of the queue.
        enrol("wang.worker", session).then().statusCode(201).body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1));
    }

    @Test
    void cancellingACourseTellsEveryoneEnrolled() {
        long session = publishedSession(course("6-18-02-04", 3), inDays(151), 1);
        long wang = ((Number) enrol("wang.worker", session).then().extract().path("id")).longValue();
        long li = ((Number) enrol("li.worker", session).then().body("status", equalTo("WAITLISTED")).extract().path("id"))
                .longValue();
        long course = courseIdOf(session);
        post("trainer.city", "/courses/" + course + "/actions/cancel", Map.of("reason", "报名人数不足")).then()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("sessions[0].cancelled", equalTo(true));
        for (var entry : Map.of("wang.worker", wang, "li.worker", li).entrySet()) {
            given().auth().oauth2(Tokens.of(entry.getKey())).get(BASE + "/enrolments/" + entry.getValue()).then()
                    .body("status", equalTo("SESSION_CANCELLED"));
            assertThat(EventApi.message(entry.getKey(), "enrolment.session-cancelled", entry.getValue()),
                    endsWith("已取消：报名人数不足"));
        }
        enrol("li.worker", session).then().statusCode(409).body("code", equalTo("SESSION_CANCELLED"));
    }

    /** A count of a progress report, 0 where the report has no entry yet (a district's first enrolment). */
    private static int count(io.restassured.path.json.JsonPath progress, String path) {
        Number value = progress.get(path);
        return value == null ? 0 : value.intValue();
    }

    private static long courseIdOf(long sessionId) {
        return ((Number) given().auth().oauth2(Tokens.of("wang.worker")).get(BASE + "/enrolments").then()
                .extract().path("items.find { it.sessionId == " + sessionId + " }.courseId")).longValue();
    }
}
