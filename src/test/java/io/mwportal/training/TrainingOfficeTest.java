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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mwportal.support.KeycloakAdmin;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Training officers of a district manage their district only; courses are updated under If-Match; enrolment closes
 * when the session starts; the waitlist is promoted in order of arrival.
 */
@QuarkusTest
class TrainingOfficeTest {

    private static String gutaTrainer() {
        return KeycloakAdmin.createUser("trainer.guta", "training-officer", "210702");
    }

    @Test
    void aDistrictOfficerManagesTheirDistrictOnly() {
        String guta = gutaTrainer();
        Map<String, Object> taiheCourse = course("6-29-04-01", 5);
        taiheCourse.put("jurisdiction", "210711");
        post(guta, "/courses", taiheCourse).then().statusCode(422)
                .body("errors[0].code", equalTo("OUTSIDE_YOUR_JURISDICTION"));
        long own = ((Number) post(guta, "/courses", course("6-29-04-01", 5)).then().statusCode(201)
                .extract().path("id")).longValue();
        long taihe = ((Number) post("trainer.city", "/courses", taiheCourse).then().statusCode(201)
                .extract().path("id")).longValue();
        // Another district's draft is not theirs to know; the city level manages both.
        given().auth().oauth2(Tokens.of(guta)).get(BASE + "/courses/" + taihe).then().statusCode(404);
        post(guta, "/courses/" + taihe + "/actions/publish", null).then().statusCode(404);
        post(guta, "/courses/" + own + "/actions/publish", null).then().statusCode(200);
        post("trainer.city", "/courses/" + taihe + "/actions/publish", null).then().statusCode(200);

        // Claims: the district officer sees and decides those of their district's courses only.
        String worker = KeycloakAdmin.createWorkers("district-claims-" + System.nanoTime(), 1).get(0);
        Map<String, Object> inTaihe = course("6-18-02-04", 3);
        inTaihe.put("jurisdiction", "210711");
        long taiheClaim = ((Number) claim(worker, completed(worker, inTaihe)).then().statusCode(201)
                .extract().path("id")).longValue();
        given().auth().oauth2(Tokens.of(guta)).queryParam("size", 100).get(BASE + "/subsidy-claims").then()
                .statusCode(200).body("items.id", not(hasItem((int) taiheClaim)));
        given().auth().oauth2(Tokens.of(guta)).get(BASE + "/subsidy-claims/" + taiheClaim).then().statusCode(404);
        post(guta, "/subsidy-claims/" + taiheClaim + "/actions/approve", Map.of()).then().statusCode(404);
        given().auth().oauth2(Tokens.of("trainer.city")).queryParam("size", 100).get(BASE + "/subsidy-claims").then()
                .body("items.id", hasItem((int) taiheClaim));
    }

    @Test
    void aCourseIsUpdatedUnderIfMatch() {
        long id = ((Number) post("trainer.city", "/courses", course("6-29-03-02", 5)).then().statusCode(201)
                .extract().path("id")).longValue();
        String etag = given().auth().oauth2(Tokens.of("trainer.city")).get(BASE + "/courses/" + id).then()
                .extract().header("ETag");
        Map<String, Object> changed = course("6-29-03-02", 4);
        changed.put("title", "春潮行动·装饰装修工（中级）");
        changed.put("fee", "2400.00");
        changed.put("subsidyAmount", "2000.00");
        given().auth().oauth2(Tokens.of("trainer.city")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(changed).put(BASE + "/courses/" + id).then().statusCode(200)
                .body("title", equalTo("春潮行动·装饰装修工（中级）")).body("skillLevel", equalTo(4))
                .body("fee", equalTo("2400.00")).body("subsidyAmount", equalTo("2000.00"));
        given().auth().oauth2(Tokens.of("trainer.city")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(changed).put(BASE + "/courses/" + id).then().statusCode(412);
        post("trainer.city", "/courses/" + id + "/actions/cancel", Map.of("reason", "停办")).then().statusCode(200);
        given().auth().oauth2(Tokens.of("trainer.city")).contentType(ContentType.JSON).body(changed)
                .put(BASE + "/courses/" + id).then().statusCode(409).body("code", equalTo("COURSE_CANCELLED"));
    }

    @Test
    void enrolmentClosesWhenTheSessionStarts() {
        String startsOn = inDays(5);
        long session = publishedSession(course("6-29-03-03", 5), startsOn, 5);
        on(startsOn, () -> enrol("li.worker", session).then().statusCode(409)
                .body("code", equalTo("SESSION_STARTED")));
        enrol("li.worker", session).then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void theWaitlistIsPromotedInOrderOfArrival() {
        List<String> workers = KeycloakAdmin.createWorkers("waitlist-" + System.nanoTime(), 5);
        long session = publishedSession(course("6-29-01-05", 5), inDays(20), 2);
        long[] ids = new long[workers.size()];
        for (int i = 0; i < workers.size(); i++) {
            ids[i] = ((Number) enrol(workers.get(i), session).then().statusCode(201)
                    .body("status", equalTo(i < 2 ? "CONFIRMED" : "WAITLISTED"))
                    .body("waitlistPosition", equalTo(i < 2 ? null : i - 1)).extract().path("id")).longValue();
        }
        // The second waitlisted leaves: the third moves up to position 2.
        post(workers.get(3), "/enrolments/" + ids[3] + "/actions/cancel", null).then().statusCode(200);
        given().auth().oauth2(Tokens.of(workers.get(4))).get(BASE + "/enrolments/" + ids[4]).then()
                .body("waitlistPosition", equalTo(2));
        // Two seats free, one after the other: the earliest waitlisted first, then the next one.
        post(workers.get(0), "/enrolments/" + ids[0] + "/actions/cancel", null).then().statusCode(200);
        given().auth().oauth2(Tokens.of(workers.get(2))).get(BASE + "/enrolments/" + ids[2]).then()
                .body("status", equalTo("CONFIRMED")).body("promoted", equalTo(true));
        given().auth().oauth2(Tokens.of(workers.get(4))).get(BASE + "/enrolments/" + ids[4]).then()
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        post(workers.get(1), "/enrolments/" + ids[1] + "/actions/cancel", null).then().statusCode(200);
        given().auth().oauth2(Tokens.of(workers.get(4))).get(BASE + "/enrolments/" + ids[4]).then()
                .body("status", equalTo("CONFIRMED")).body("promoted", equalTo(true));
        given().auth().oauth2(Tokens.of("trainer.city")).get(BASE + "/sessions/" + session + "/roster").then()
                .body("confirmed.workerName", equalTo(List.of(workers.get(2), workers.get(4))))
                .body("waitlist", equalTo(List.of())).body("session.freeSeats", equalTo(0));
    }
}
