package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.mwportal.support.JobApi;
import io.mwportal.support.Tokens;
import io.mwportal.support.WageApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What operators rely on: health and metrics on the management interface only, metrics tagged by route template
 * whatever the status, absolute URLs from the configured public base URL, and a clean close where the HTTP layer
 * refuses a request before the application sees it.
 */
@QuarkusTest
class OperationsTest {

    /** The management interface's non-application root ({@code …:port/q}). */
    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    @TestHTTPResource("/")
    URL api;

    @Test
    void healthAndMetricsAreOnTheManagementInterfaceOnly() {
        given().get(management() + "/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get(management() + "/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/api/v1/jurisdictions").then().statusCode(200);
        given().get(management() + "/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
        for (String path : new String[] { "/q/metrics", "/q/health", "/q/health/ready" }) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void uriTagsAreRouteTemplatesWhateverTheStatus() throws IOException {
        String tn = WageApi.fileValid("wang.worker");
        // 405 on a path with a tracking number, 404 on garbage, 431 from the HTTP layer itself.
        WageApi.as("wang.worker").delete(WageApi.BASE + "/" + tn).then().statusCode(405);
        given().get("/api/v1/no-such-thing/" + tn).then().statusCode(404);
        assertEquals(431, rawStatus("GET /api/v1/jobs/" + tn + " HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "a".repeat(30_000) + "\r\n\r\n"));
        String metrics = given().get(management() + "/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains(tn), "a raw path became a tag");
        assertFalse(metrics.lines().anyMatch(l -> l.startsWith("http_server_requests") && l.contains("uri=\"/api/v1/no-such")),
                "a raw path became a tag");
    }

    @Test
    void absoluteUrlsComeFromTheConfiguredBaseNeverFromHost() {
        WageApi.as("wang.worker").header("Host", "evil.example").contentType("application/json")
                .header("Idempotency-Key", "host-" + System.nanoTime()).body(WageApi.complaint())
                .post(WageApi.BASE).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.startsWith("http://portal.test.example/api/v1/wage-complaints/"));
        long vacancy = JobApi.published(Tokens.of("jobcenter.guta"), JobApi.vacancy("电工", "锦州某电气安装有限公司"));
        given().header("Host", "evil.example").accept("application/ld+json").get("/api/v1/jobs/" + vacancy).then()
                .statusCode(200).body("url", equalTo("http://portal.test.example/api/v1/jobs/" + vacancy))
                .body(not(containsString("evil.example")));
    }

    @Test
    void anOversizedHeaderIsRefusedAndTheConnectionClosed() throws IOException {
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/jurisdictions HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(30_000) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(5000);
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            // readAllBytes returned: the server closed the connection after its answer.
            assertEquals(true, answer.startsWith("HTTP/1.1 431"), answer);
        }
    }

    private String management() {
        return managementRoot.toString().replaceAll("/$", "");
    }

    private int rawStatus(String request) throws IOException {
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(5000);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            return Integer.parseInt(answer.substring(9, 12));
        }
    }
}
