package io.mwportal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.mwportal.support.JobApi;
import io.mwportal.support.Tokens;
import io.mwportal.support.WageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Inputs at the edges of what the types allow are 4xx problems, never a 500 from the database. */
@QuarkusTest
class ExtremeInputTest {

    @Test
    void datesFarOutsideTheCalendar() {
        Map<String, Object> complaint = WageApi.complaint();
        // A year of more than four digits is not a yyyy-MM-dd date at all (StrictInput); one that parses but is far
        // off is implausible.
        complaint.put("periodStart", "-10000-01-01");
        WageApi.file("wang.worker", complaint).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("periodStart")).body("errors[0].code", equalTo("INVALID_TYPE"));
        complaint.put("periodStart", "0001-01-01");
        WageApi.file("wang.worker", complaint).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("periodStart")).body("errors[0].code", equalTo("PLAUSIBLE_DATE"));
        given().queryParam("postedSince", "-10000-01-01").get("/api/v1/jobs").then().statusCode(400);
        given().queryParam("startingAfter", "+999999999-12-31").get("/api/v1/training/courses").then().statusCode(400);
        given().queryParam("from", "+999999999-12-31").queryParam("amount", 1).get("/api/v1/calendar/due-date")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void hugeNumbersAndIdentifiers() {
        given().queryParam("minPay", "1e2000").get("/api/v1/jobs").then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> vacancy = JobApi.vacancy("电焊工", "锦州某机械制造有限公司");
        vacancy.put("pay", Map.of("min", "60000000.00", "max", "60000000.00", "unit", "HOUR"));
        JobApi.create(Tokens.of("jobcenter.guta"), vacancy).then().statusCode(201);
        String tn = WageApi.fileValid("wang.worker");
        WageApi.as("inspector.guta").get(WageApi.BASE + "/" + tn + "/attachments/-1000000000000000000").then()
                .statusCode(400).contentType("application/problem+json");
        WageApi.as("wang.worker").header("Idempotency-Key", UUID.randomUUID().toString())
                .multiPart("file", "x.jpg", WageApi.jpeg(10), "image/jpeg")
                .post(WageApi.BASE + "/" + "A".repeat(400) + "/attachments").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .get(WageApi.BASE + "/not-a-tracking-number").then().statusCode(400);
    }
}
