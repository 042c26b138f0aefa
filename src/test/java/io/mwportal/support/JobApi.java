package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.mwportal.platform.calendar.PortalTime;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Test helpers for the jobs API. */
public final class JobApi {

    private JobApi() {
    }

    /**
     * A valid vacancy (mutable), valid for 30 days. Its employer's credit code is not the one the complaint fixtures
     * use: an order to pay recorded by a wage test would otherwise hold every test vacancy (EmployerStanding).
     */
    public static Map<String, Object> vacancy(String title, String employer) {
        Map<String, Object> body = new HashMap<>();
        body.put("employer", new HashMap<>(Map.of("name", employer, "creditCode", "91210700MA0Y0J7K80")));
        body.put("title", title);
        body.put("duties", "负责钢结构件的焊接，按图纸施工。");
        body.put("requirements", "持焊工证，有两年以上工作经验，男女不限。");
        body.put("headcount", 5);
        body.put("district", "210702");
        body.put("address", "锦州市古塔区某工业园 6 号");
        body.put("pay", new HashMap<>(Map.of("min", "5000.00", "max", "7000.00", "unit", "MONTH")));
        body.put("occupationCode", "6-18-02-04");
        body.put("employmentType", "FULL_TIME");
        body.put("validThrough", LocalDate.now(PortalTime.ZONE).plusDays(30).toString());
        body.put("benefits", Map.of("socialInsurance", true, "housing", true, "meals", false));
        body.put("contact", Map.of("name", "张经理", "phone", "13912345678"));
        return body;
    }

    public static Response create(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/jobs");
    }

    /** Creates and publishes; returns the id. */
    public static long published(String token, Map<String, Object> body) {
        long id = ((Number) create(token, body).then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(token).post("/api/v1/jobs/" + id + "/actions/publish").then().statusCode(200);
        return id;
    }
}
