package io.mwportal.training;

import static io.mwportal.support.TrainingApi.BASE;
import static io.mwportal.support.TrainingApi.claim;
import static io.mwportal.support.TrainingApi.completed;
import static io.mwportal.support.TrainingApi.course;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.support.Concurrently;
import io.mwportal.support.KeycloakAdmin;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The yearly subsidy cap as the policy sets it: one 技能提升补贴 a year, plus up to two more for occupations on the
 * year's shortage list (紧缺职业目录), which admins load per year. Held under concurrent claims.
 */
@QuarkusTest
class SubsidyCapTest {

    /** On the shipped example list (migration V10). */
    private static final List<String> SHORTAGE = List.of("6-24-01-01", "6-31-01-03", "6-20-01-01");

    private static String newWorker(String prefix) {
        return KeycloakAdmin.createWorkers(prefix + "-" + System.nanoTime(), 1).get(0);
    }

    @Test
    void oneOutsideTheListAndTwoMoreOnIt() {
        String worker = newWorker("cap-list");
        int year = LocalDate.now(PortalTime.ZONE).getYear();
        claim(worker, completed(worker, course("6-29-04-01", 5))).then().statusCode(201);
        claim(worker, completed(worker, course("6-29-03-03", 5))).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("YEARLY_CAP_OUTSIDE_SHORTAGE_LIST"));
        claim(worker, completed(worker, course(SHORTAGE.get(0), 5))).then().statusCode(201);
        claim(worker, completed(worker, course(SHORTAGE.get(1), 5))).then().statusCode(201);
        given().auth().oauth2(Tokens.of(worker)).header("Accept-Language", "en")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(BASE + "/enrolments/" + completed(worker, course(SHORTAGE.get(2), 5)) + "/subsidy-claims")
                .then().statusCode(422).body("code", equalTo("YEARLY_CAP_REACHED"))
                .body("detail", equalTo("In " + year + " a person gets at most 1 training subsidy, plus 2 for "
                        + "shortage occupations; all are used."));
    }

    @Test
    void theListCanComeFirst() {
        // Two shortage occupations, then one outside the list: still one plus two.
        String worker = newWorker("cap-order");
        claim(worker, completed(worker, course(SHORTAGE.get(0), 4))).then().statusCode(201);
        claim(worker, completed(worker, course(SHORTAGE.get(1), 4))).then().statusCode(201);
        claim(worker, completed(worker, course("6-29-04-01", 4))).then().statusCode(201);
        claim(worker, completed(worker, course(SHORTAGE.get(2), 4))).then().statusCode(422)
                .body("code", equalTo("YEARLY_CAP_REACHED"));
    }

    @Test
    void aRejectedClaimDoesNotCount() {
        String worker = newWorker("cap-rejected");
        long first = ((Number) claim(worker, completed(worker, course("6-29-04-01", 3))).then().statusCode(201)
                .extract().path("id")).longValue();
        given().auth().oauth2(Tokens.of("trainer.city")).contentType(ContentType.JSON).body(Map.of())
                .post(BASE + "/subsidy-claims/" + first + "/actions/reject").then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(Tokens.of("trainer.city")).contentType(ContentType.JSON)
                .body(Map.of("reason", "证书编号与鉴定机构记录不符"))
                .post(BASE + "/subsidy-claims/" + first + "/actions/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("reason", equalTo("证书编号与鉴定机构记录不符"))
                .body("amount", equalTo(null));
        given().auth().oauth2(Tokens.of(worker)).get(BASE + "/subsidy-claims/" + first).then()
                .body("status", equalTo("REJECTED")).body("reason", equalTo("证书编号与鉴定机构记录不符"));
        claim(worker, completed(worker, course("6-29-03-03", 3))).then().statusCode(201);
    }

    @Test
    void concurrentClaimsCannotAllSlipUnderTheCap() throws Exception {
        String worker = newWorker("cap-race");
        List<Long> enrolments = new ArrayList<>();
        for (String occupation : List.of("6-29-04-01", "6-29-03-03", "6-29-03-02", "6-29-01-05", "6-01-01-01",
                "6-05-02-02")) {
            enrolments.add(completed(worker, course(occupation, 5)));
        }
        String token = Tokens.of(worker);
        List<Callable<Integer>> claims = new ArrayList<>();
        for (long enrolment : enrolments) {
            claims.add(() -> given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString())
                    .post(BASE + "/enrolments/" + enrolment + "/subsidy-claims").statusCode());
        }
        List<Integer> results = Concurrently.run(claims);
        // None of these occupations is on the shortage list: exactly one claim, whatever the timing.
        assertEquals(1, results.stream().filter(s -> s == 201).count(), results.toString());
        assertEquals(enrolments.size() - 1, results.stream().filter(s -> s == 422).count(), results.toString());
        given().auth().oauth2(token).get(BASE + "/subsidy-claims").then().body("totalItems", equalTo(1));
    }

    @Test
    void adminsLoadAYearsListAndAnyoneReadsIt() {
        given().get(BASE + "/shortage-occupations/2026").then().statusCode(200).body("listYear", equalTo(2026))
                .body("occupationCodes", hasItem("6-18-02-04"));
        // A year without its own list uses the latest earlier one.
        given().get(BASE + "/shortage-occupations/2039").then().statusCode(200).body("year", equalTo(2039))
                .body("listYear", equalTo(2026));
        given().get(BASE + "/shortage-occupations/2020").then().statusCode(404);

        Map<String, Object> list = Map.of("source", "测试目录 2045", "occupationCodes", List.of("6-29-04-01", "6-29-04-01",
                "4-10-01-03"));
        given().auth().oauth2(Tokens.of("trainer.city")).contentType(ContentType.JSON).body(list)
                .put(BASE + "/shortage-occupations/2045").then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .body(Map.of("source", "x", "occupationCodes", List.of("6-29")))
                .put(BASE + "/shortage-occupations/2045").then().statusCode(400)
                .body("errors[0].field", equalTo("occupationCodes[0]"));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(list)
                .put(BASE + "/shortage-occupations/2045").then().statusCode(200)
                .body("occupationCodes", equalTo(List.of("4-10-01-03", "6-29-04-01")));
        given().get(BASE + "/shortage-occupations/2046").then().body("listYear", equalTo(2045))
                .body("source", equalTo("测试目录 2045"));
        given().auth().oauth2(Tokens.of("admin")).queryParam("objectType", "SHORTAGE_OCCUPATION_LIST")
                .queryParam("objectId", "2045").get("/api/v1/admin/audit-entries").then()
                .body("items[0].action", equalTo("CREATE")).body("items[0].actorName", equalTo("admin"));
    }
}
