package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The case kernel's endpoints over HTTP with real tokens, for any case type under {@code base}. */
public final class CaseApi {

    private CaseApi() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    /** Files a case with a fresh Idempotency-Key. */
    public static Response file(String base, String user, Object body) {
        return as(user).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post(base);
    }

    public static Response act(String base, String user, String trackingNumber, String action, Object body) {
        RequestSpecification request = as(user).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post(base + "/" + trackingNumber + "/actions/" + action);
    }

    public static Response get(String base, String user, String trackingNumber) {
        return as(user).get(base + "/" + trackingNumber);
    }

    /**
     * Two officers take different actions on the same version of a case at the same moment; their statuses. Exactly
     * one should win (200), the other lose with 409 or 412, and the history should have one step more.
     */
    public static List<Integer> twoAtOnce(String base, String officer, String trackingNumber, List<String> actions,
            Map<String, Object> body) throws Exception {
        String etag = get(base, officer, trackingNumber).then().statusCode(200).extract().header("ETag");
        String token = Tokens.of(officer);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String action : actions) {
            calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(body).post(base + "/" + trackingNumber + "/actions/" + action).statusCode());
        }
        return Concurrently.run(calls);
    }
}
