package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

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
}
