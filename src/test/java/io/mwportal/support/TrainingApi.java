package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.mwportal.platform.calendar.PortalTime;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Test helpers for the training API, with real tokens (trainer.city is a city-level training officer). */
public final class TrainingApi {

    public static final String BASE = "/api/v1/training";

    private TrainingApi() {
    }

    public static Map<String, Object> course(String occupationCode, int level) {
        Map<String, Object> body = new HashMap<>(Map.of("programme", "SPRING_TIDE", "title", "春潮行动·焊工",
                "occupationCode", occupationCode, "skillLevel", level,
                "provider", "锦州市职业技能培训中心", "mode", "ON_SITE", "jurisdiction", "210702",
                "address", "古塔区某路 10 号", "fee", "1800.00"));
        body.put("subsidyEligible", true);
        return body;
    }

    public static Response post(String user, String path, Object body) {
        var request = given().auth().oauth2(Tokens.of(user)).header("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.post(BASE + path);
    }

    /** A published course with one session of {@code capacity} seats; returns the session id. */
    public static long publishedSession(Map<String, Object> course, String startsOn, int capacity) {
        long courseId = ((Number) post("trainer.city", "/courses", course).then().statusCode(201).extract().path("id"))
                .longValue();
        long sessionId = ((Number) post("trainer.city", "/courses/" + courseId + "/sessions",
                Map.of("startsOn", startsOn, "endsOn", startsOn, "schedule", "8:30-16:30", "capacity", capacity))
                .then().statusCode(201).extract().path("id")).longValue();
        post("trainer.city", "/courses/" + courseId + "/actions/publish", null).then().statusCode(200);
        return sessionId;
    }


    public static Response enrol(String user, long sessionId) {
        return post(user, "/sessions/" + sessionId + "/enrolments", null);
    }

    /** The ISO date {@code days} from today (Asia/Shanghai): tests never write literal future dates. */
    public static String inDays(int days) {
        return LocalDate.now(PortalTime.ZONE).plusDays(days).toString();
    }

    /** Runs {@code action} on {@code day} as far as the portal's clock is concerned, then restores the clock. */
    public static void on(String day, Runnable action) {
        TestClock.setToday(LocalDate.parse(day));
        try {
            action.run();
        } finally {
            TestClock.reset();
        }
    }

    /** Enrols {@code user} in a session starting in a week, records completion once it started; the enrolment id. */
    public static long completed(String user, Map<String, Object> course) {
        String startsOn = inDays(7);
        long session = publishedSession(course, startsOn, 10);
        long enrolment = ((Number) enrol(user, session).then().statusCode(201).extract().path("id")).longValue();
        on(startsOn, () -> post("trainer.city", "/enrolments/" + enrolment + "/actions/complete",
                Map.of("certificateNumber", "S" + System.nanoTime())).then().statusCode(200));
        return enrolment;
    }

    public static Response claim(String user, long enrolmentId) {
        return post(user, "/enrolments/" + enrolmentId + "/subsidy-claims", null);
    }
}
