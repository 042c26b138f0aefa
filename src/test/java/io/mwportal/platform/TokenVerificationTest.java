package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.mwportal.support.JobApi;
import io.mwportal.support.KeycloakTestResource;
import io.mwportal.support.LogCapture;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad bearer tokens are refused locally: a 401 problem, no request to Keycloak (counted on Keycloak's own metrics)
 * and no error in the log, however many arrive. Before, each one cost a token-introspection call and an ERROR line.
 */
@QuarkusTest
class TokenVerificationTest {

    private static final Pattern REQUEST_COUNT = Pattern.compile(
            "(?m)^http_server_requests_seconds_count\\{([^}]*)\\} ([0-9.E]+)$");

    @Test
    void garbageAndUnknownKeyTokensCauseNoCallToKeycloakAndNoErrorLine() {
        String valid = Tokens.of("wang.worker");
        String[] parts = valid.split("\\.");
        long vacancy = JobApi.published(Tokens.of("jobcenter.guta"), JobApi.vacancy("焊工", "锦州某机械制造有限公司"));
        // Let the portal learn the realm's keys first, as it would have long before an attack.
        given().auth().oauth2(valid).get("/api/v1/me").then().statusCode(200);
        long introspectBefore = keycloakRequests("introspect");
        long certsBefore = keycloakRequests("/certs");
        long allBefore = keycloakRequests("/realms/");
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < 50; i++) {
                String garbage = "garbage-" + i;
                String unknownKid = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"no-such-key-" + i + "\"}")
                        + "." + parts[1] + "." + parts[2];
                for (String token : List.of(garbage, unknownKid)) {
                    given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401)
                            .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
                }
                // A public read with a bad token is refused too, and costs Keycloak nothing either.
                given().auth().oauth2(garbage).get("/api/v1/jobs/" + vacancy).then().statusCode(401);
            }
            assertEquals(List.of(), log.warningsOrWorse());
        }
        assertEquals(introspectBefore, keycloakRequests("introspect"), "no token introspection");
        // An unknown key id may refresh the key set, at most once per interval (1 minute): key rotation still works.
        assertTrue(keycloakRequests("/certs") - certsBefore <= 1, "at most one key-set refresh");
        assertTrue(keycloakRequests("/realms/") - allBefore <= 1, "no other call to the realm");
        // The valid token still works after all that.
        given().auth().oauth2(valid).get("/api/v1/me").then().statusCode(200);
    }

    /** Requests Keycloak has served whose uri tag contains {@code uriPart}, from its Prometheus metrics. */
    private static long keycloakRequests(String uriPart) {
        assertNotNull(KeycloakTestResource.managementUrl,
                "set PORTAL_TEST_KEYCLOAK_MANAGEMENT_URL when using an external Keycloak");
        String metrics = given().get(KeycloakTestResource.managementUrl + "/metrics").then().statusCode(200)
                .extract().asString();
        Matcher matcher = REQUEST_COUNT.matcher(metrics);
        double total = 0;
        while (matcher.find()) {
            if (matcher.group(1).contains("uri=\"") && matcher.group(1).replaceAll(".*uri=\"([^\"]*)\".*", "$1")
                    .contains(uriPart)) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return (long) total;
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
