package io.mwportal.platform;

import static io.mwportal.support.JobApi.vacancy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.mwportal.support.JobApi;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Input is read as the contract writes it: no number truncated, no enum by index, no scalar turned into another
 * type, no date-time taken for a date, nothing after the document, no non-ASCII digits or non-boolean words in
 * parameters. Each refusal is a 400 problem naming the field, and nothing is stored.
 */
@QuarkusTest
class StrictInputTest {

    private static void refused(Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = vacancy("电焊工", "锦州严格输入有限公司");
        change.accept(body);
        JobApi.create(Tokens.of("jobcenter.guta"), body).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_JSON_VALUE"))
                .body("errors[0].field", equalTo(field)).body("errors[0].code", equalTo("INVALID_TYPE"));
    }

    @Test
    void jsonValuesOfTheWrongTypeAreRefusedNotConverted() {
        JobApi.create(Tokens.of("jobcenter.guta"), vacancy("电焊工", "锦州严格输入有限公司")).then().statusCode(201);
        refused(b -> b.put("headcount", 5.7), "headcount");
        refused(b -> b.put("headcount", 5.0), "headcount");
        refused(b -> b.put("headcount", "5"), "headcount");
        refused(b -> b.put("employmentType", 0), "employmentType");
        refused(b -> b.put("title", 123), "title");
        refused(b -> b.put("title", true), "title");
        refused(b -> b.put("benefits", new HashMap<>(Map.of("socialInsurance", 1, "housing", true, "meals", false))),
                "benefits.socialInsurance");
        refused(b -> b.put("benefits", new HashMap<>(Map.of("socialInsurance", "true", "housing", true, "meals", false))),
                "benefits.socialInsurance");
        refused(b -> b.put("validThrough", "2027-01-01T00:00:00"), "validThrough");
        refused(b -> b.put("validThrough", "2027-1-1"), "validThrough");
        refused(b -> b.put("validThrough", "2027-02-30"), "validThrough");
        refused(b -> b.put("pay", new HashMap<>(Map.of("min", 5000, "max", "7000.00", "unit", "MONTH"))), "pay.min");
        refused(b -> b.put("pay", new HashMap<>(Map.of("min", "5e3", "max", "7000.00", "unit", "MONTH"))), "pay.min");
        refused(b -> b.put("pay", new HashMap<>(Map.of("min", " 5000", "max", "7000.00", "unit", "MONTH"))), "pay.min");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String hundred = "🔧".repeat(98) + "焊工"; // 100 characters, 198 UTF-16 units
        Map<String, Object> body = vacancy(hundred, "锦州严格输入有限公司");
        JobApi.create(Tokens.of("jobcenter.guta"), body).then().statusCode(201).body("title", equalTo(hundred));
        body.put("title", hundred + "工");
        JobApi.create(Tokens.of("jobcenter.guta"), body).then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void nothingMayFollowTheDocument() {
        given().auth().oauth2(Tokens.of("jobcenter.guta")).contentType(ContentType.JSON)
                .body("{\"title\": \"电焊工\"} {\"title\": \"又一个\"}").post("/api/v1/jobs").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void queryBooleansAreTrueOrFalse() {
        given().queryParam("hasFreeSeats", "true").get("/api/v1/training/courses").then().statusCode(200);
        given().queryParam("hasFreeSeats", "false").get("/api/v1/training/courses").then().statusCode(200);
        for (String value : new String[] { "1", "yes", "TRUE" }) {
            given().queryParam("hasFreeSeats", value).get("/api/v1/training/courses").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER"))
                    .body("errors[0].field", equalTo("hasFreeSeats"));
        }
        // Every parameter type names itself when refused.
        for (String[] bad : new String[][] { { "minPay", "1e3" }, { "postedSince", "2026-11-01T00:00" },
                { "employmentType", "full_time" }, { "page", "１" }, { "size", "2.0" } }) {
            given().queryParam(bad[0], bad[1]).get("/api/v1/jobs").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER"))
                    .body("errors[0].field", equalTo(bad[0]));
        }
    }

    @Test
    void numbersInThePathAreAsciiDigits() {
        given().get("/api/v1/policy-measures/4").then().statusCode(200);
        for (String id : new String[] { "４", "٤", "4.0", "+4" }) {
            given().get("/api/v1/policy-measures/" + id).then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER"));
        }
    }
}
