package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mwportal.support.KeycloakTestResource;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every demo role and every token attack, with real tokens from the Keycloak that the test run started. */
@QuarkusTest
class SecurityWithRealTokensTest {

    @ParameterizedTest(name = "{0} reaches /{1}, is refused /{2}")
    @CsvSource({
            "wang.worker,     worker,            admin,             ,       SELF",
            "li.worker,       worker,            labour-inspector,  ,       SELF",
            "inspector.guta,  labour-inspector,  worker,            210702, OFFICE",
            "inspector.taihe, labour-inspector,  legal-aid-officer, 210711, OFFICE",
            "inspector.city,  labour-inspector,  admin,             210700, OFFICE",
            "legalaid.guta,   legal-aid-officer, labour-inspector,  210702, OFFICE",
            "police.guta,     residence-officer, worker,            210702, OFFICE",
            "jobcenter.guta,  job-center,        training-officer,  210702, OFFICE",
            "trainer.city,    training-officer,  job-center,        210700, OFFICE",
            "analyst,         analyst,           admin,             ,       ADMINISTRATION",
            "admin,           admin,             worker,            ,       ADMINISTRATION" })
    void eachDemoRoleReachesItsEndpointAndIsRefusedAnother(String user, String role, String otherRole,
            String jurisdiction, String actingFor) {
        String token = Tokens.of(user);
        given().auth().oauth2(token).get("/test-support/roles/" + role)
                .then().statusCode(200).body(equalTo(role));
        given().auth().oauth2(token).get("/test-support/roles/" + otherRole)
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN")).body("status", equalTo(403));
        var me = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(user)).body("roles", contains(role))
                .body("actingFor", equalTo(actingFor)).extract().jsonPath();
        assertEquals(jurisdiction, me.getString("jurisdiction"));
    }

    @Test
    void adminMayLoadCalendarsAndOthersMayNot() {
        String body = "{\"source\":\"x\",\"holidays\":[],\"makeUpWorkdays\":[]}";
        given().auth().oauth2(Tokens.of("inspector.city")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/calendar/years/2099")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k-" + System.nanoTime())
                .body(Map.of("code", "210799", "nameZh", "测试", "nameEn", "Test", "level", "DEVELOPMENT_ZONE",
                        "parentCode", "210700"))
                .post("/api/v1/jurisdictions")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("admin")).get("/test-support/roles/admin").then().statusCode(200);
    }

    @Test
    void partnerClientCredentialsActForTheGutaJobCentre() {
        given().auth().oauth2(Tokens.partnerDemo()).get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("job-center"))
                .body("jurisdiction", equalTo("210702"))
                .body("clientId", equalTo("partner-demo"))
                .body("actingFor", equalTo("OFFICE"));
        given().auth().oauth2(Tokens.partnerDemo()).get("/test-support/roles/labour-inspector")
                .then().statusCode(403);
    }

    @Test
    void noTokenIs401WithProblemAndChallenge() {
        given().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo("UNAUTHENTICATED")).body("title", equalTo("需要登录"));
        given().header("Accept-Language", "en").get("/test-support/roles/worker")
                .then().statusCode(401).contentType("application/problem+json")
                .body("title", equalTo("Authentication required"));
    }

    @Test
    void tamperedSignatureIs401() {
        String token = Tokens.of("wang.worker");
        String[] parts = token.split("\\.");
        char[] signature = parts[2].toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        assertRejected(parts[0] + "." + parts[1] + "." + new String(signature));
    }

    @Test
    void tamperedClaimsAre401() {
        String token = Tokens.of("wang.worker");
        String[] parts = token.split("\\.");
        String payload = decode(parts[1]).replace("\"worker\"", "\"admin\"");
        assertRejected(parts[0] + "." + encode(payload) + "." + parts[2]);
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        String token = Tokens.of("admin");
        String payload = token.split("\\.")[1];
        assertRejected(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
    }

    @Test
    void tokenWithoutPortalApiAudienceIs401() {
        // admin-cli of the same realm issues valid, signed tokens, but not for the portal API.
        String token = Tokens.password("admin-cli", "wang.worker");
        assertEquals(false, decode(token.split("\\.")[1]).contains("portal-api"));
        assertRejected(token);
    }

    @Test
    void aTokenOfTheRealmsKeyIsAcceptedUntilItExpires() {
        // The control: a token minted with the realm's (test) key and a worker's claims is accepted...
        given().auth().oauth2(Tokens.signed(Tokens.workerClaims(300))).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("minted.worker"));
        // ...and the same token one second past its expiry is not (no grace period, no waiting in the test).
        assertRejected(Tokens.signed(Tokens.workerClaims(-1)));
    }

    @Test
    void aSignedTokenOfAnotherIssuerOrAudienceIs401() {
        Map<String, Object> otherIssuer = Tokens.workerClaims(300);
        otherIssuer.put("iss", KeycloakTestResource.baseUrl + "/realms/master");
        assertRejected(Tokens.signed(otherIssuer));
        Map<String, Object> otherAudience = Tokens.workerClaims(300);
        otherAudience.put("aud", "some-other-api");
        assertRejected(Tokens.signed(otherAudience));
        Map<String, Object> noAudience = Tokens.workerClaims(300);
        noAudience.remove("aud");
        assertRejected(Tokens.signed(noAudience));
    }

    @Test
    void garbageBearerIs401() {
        assertRejected("not-a-jwt");
    }

    private static void assertRejected(String token) {
        for (String path : List.of("/api/v1/me", "/test-support/roles/worker", "/test-support/roles/admin")) {
            given().auth().oauth2(token).get(path)
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("code", equalTo("UNAUTHENTICATED")).body("status", equalTo(401));
        }
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
