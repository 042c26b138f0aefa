package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mwportal.support.LogCapture;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every error status the platform produces is RFC 9457 problem+json, Chinese by default, English on request. */
@QuarkusTest
class ProblemFormatTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("/problems/" + code.toLowerCase().replace('_', '-')))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue());
    }

    @Test
    void unknownRouteIs404() {
        problem(given().get("/api/v1/no-such-thing").then(), 404, "NOT_FOUND")
                .body("title", equalTo("未找到")).body("instance", equalTo("/api/v1/no-such-thing"));
        problem(given().header("Accept-Language", "en-GB,en;q=0.8").get("/api/v1/no-such-thing").then(), 404,
                "NOT_FOUND").body("title", equalTo("Not found"));
    }

    @Test
    void unknownIdIs404() {
        problem(given().get("/api/v1/jurisdictions/999999").then(), 404, "NOT_FOUND");
        problem(given().get("/api/v1/policy-measures/77").then(), 404, "NOT_FOUND");
    }

    @Test
    void unconvertibleParameterIs400NotA404() {
        problem(given().get("/api/v1/policy-measures/abc").then(), 400, "INVALID_PARAMETER");
        problem(given().queryParam("amount", "five").get("/api/v1/calendar/due-date").then(), 400,
                "INVALID_PARAMETER");
    }

    @Test
    void beanValidationIs400WithFieldErrors() {
        problem(given().queryParam("amount", "-1").get("/api/v1/calendar/due-date").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].code", equalTo("MIN"))
                .body("errors[0].message", equalTo("不能小于 0"));
        problem(given().header("Accept-Language", "en").get("/api/v1/calendar/due-date").then(), 400,
                "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].code", equalTo("NOT_NULL"))
                .body("errors[0].message", equalTo("must not be empty"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void nestedBeanValidationNamesTheJsonPath() {
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", "nested-1")
                .body(Map.of("code", "12", "nameZh", "", "nameEn", "x", "level", "DEVELOPMENT_ZONE",
                        "parentCode", "210700"))
                .post("/api/v1/jurisdictions").then(), 400, "VALIDATION_FAILED")
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("nameZh"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void malformedJsonAndWrongTypesAre400() {
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", "malformed-1")
                .body("{\"code\": \"210771\", ").post("/api/v1/jurisdictions").then(), 400, "MALFORMED_JSON")
                .body("detail", not(containsString("com.fasterxml")));
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", "wrong-type-1")
                .body("{\"code\": \"210771\", \"nameZh\": \"x\", \"nameEn\": \"x\", \"level\": \"PLANET\", "
                        + "\"parentCode\": \"210700\"}")
                .post("/api/v1/jurisdictions").then(), 400, "INVALID_JSON_VALUE")
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].code", equalTo("INVALID_TYPE"));
        problem(given().contentType(ContentType.JSON)
                .body("{\"source\": \"x\", \"holidays\": [{\"from\": \"2027-13-01\", \"to\": \"2027-01-02\", "
                        + "\"name\": \"x\"}], \"makeUpWorkdays\": []}")
                .put("/api/v1/calendar/years/2027").then(), 400, "INVALID_JSON_VALUE")
                .body("errors[0].field", equalTo("holidays[0].from"));
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", "empty-1")
                .post("/api/v1/jurisdictions").then(), 400, "VALIDATION_FAILED");
    }

    @Test
    void wrongMethodIs405() {
        problem(given().delete("/api/v1/jurisdictions").then(), 405, "METHOD_NOT_ALLOWED")
                .header("Allow", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("GET"),
                        org.hamcrest.Matchers.containsString("POST")));
        problem(given().delete("/api/v1/jobs/1").then(), 405, "METHOD_NOT_ALLOWED")
                .header("Allow", org.hamcrest.Matchers.containsString("GET"))
                .header("Allow", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("DELETE")));
    }

    @Test
    void unacceptableMediaTypeIs406() {
        problem(given().accept("application/xml").get("/api/v1/jurisdictions").then(), 406, "NOT_ACCEPTABLE");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void wrongContentTypeIs415() {
        problem(given().contentType(ContentType.XML).header("Idempotency-Key", "xml-1").body("<a/>")
                .post("/api/v1/jurisdictions").then(), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    private static String readUntilJsonEnds(Socket socket) throws IOException {
        StringBuilder response = new StringBuilder();
        byte[] buffer = new byte[1024];
        int read;
        while ((read = socket.getInputStream().read(buffer)) > 0) {
            response.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            if (response.indexOf("\r\n\r\n") > 0 && response.toString().trim().endsWith("}")) {
                break;
            }
        }
        return response.toString();
    }

    @Test
    void oversizedBodyIs413BeforeItIsRead() throws IOException {
        // A raw request announcing 40 MB (the limit is 32 MB): the answer comes before the body is sent.
        URI base = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/jurisdictions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Idempotency-Key: big-1\r\nContent-Length: 41943040\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readUntilJsonEnds(socket);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            assertTrue(response.contains("\"code\":\"PAYLOAD_TOO_LARGE\""), response);
        }
    }

    @Test
    void aClientThatHangsUpMidBodyIsNoIncident() throws Exception {
        // A phone losing its signal while sending a complaint: the body stops and the connection closes.
        URI base = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        String key = "hang-up-" + System.nanoTime();
        try (LogCapture log = LogCapture.start()) {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/wage-complaints HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + Tokens.of("wang.worker") + "\r\nIdempotency-Key: " + key
                        + "\r\nContent-Length: 5000\r\n\r\n{\"complainant\": {\"name\": \"王")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(300); // the request reaches the resource, which waits for the rest of the body
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (log.lines().stream().noneMatch(l -> l.logger().equals("io.mwportal.request")
                    && l.text().contains("path=/api/v1/wage-complaints")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            LogCapture.Line answered = log.lines().stream().filter(l -> l.logger().equals("io.mwportal.request")
                    && l.text().contains("path=/api/v1/wage-complaints")).findFirst().orElseThrow();
            assertTrue(answered.text().contains("status=400"), answered.toString());
            assertTrue(log.warningsOrWorse().isEmpty(), log.warningsOrWorse().toString());
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void oversizedBodyIs413() {
        byte[] big = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", "big-1").body(big)
                .post("/api/v1/jurisdictions").then(), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void missingIdempotencyKeyIs428() {
        problem(given().contentType(ContentType.JSON)
                .body(Map.of("code", "210772", "nameZh", "x", "nameEn", "x", "level", "DEVELOPMENT_ZONE",
                        "parentCode", "210700"))
                .post("/api/v1/jurisdictions").then(), 428, "IDEMPOTENCY_KEY_REQUIRED");
        given().get("/api/v1/jurisdictions/210772").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownParentIs422AndDuplicateIs409() {
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", "parent-1")
                .body(Map.of("code", "210773", "nameZh", "x", "nameEn", "x", "level", "DEVELOPMENT_ZONE",
                        "parentCode", "110000"))
                .post("/api/v1/jurisdictions").then(), 422, "UNKNOWN_PARENT_JURISDICTION")
                .body("detail", containsString("110000"));
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", "dup-1")
                .body(Map.of("code", "210702", "nameZh", "x", "nameEn", "x", "level", "DISTRICT",
                        "parentCode", "210700"))
                .post("/api/v1/jurisdictions").then(), 409, "JURISDICTION_EXISTS");
        given().get("/api/v1/jurisdictions/210702").then().statusCode(200).body("nameZh", equalTo("古塔区"));
    }

    @Test
    void unexpectedErrorIs500WithoutInternals() {
        problem(given().get("/test-support/roles/boom/users").then(), 500, "INTERNAL_ERROR")
                .body("incidentId", notNullValue())
                .body("detail", not(containsString("select")))
                .body("detail", not(containsString("IllegalState")))
                .body(not(containsString("java.")));
    }

    @Test
    void successfulResponsesCarryNoProblemFields() {
        given().get("/api/v1/jurisdictions").then().statusCode(200)
                .contentType(ContentType.JSON).body("code", hasItem("210702"));
    }
}
