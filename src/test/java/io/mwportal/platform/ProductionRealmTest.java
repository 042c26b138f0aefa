package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mwportal.platform.security.ProductionRealm;
import io.mwportal.support.KeycloakAdmin;
import io.mwportal.support.KeycloakTestResource;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The production realm, derived from the demo realm ({@link ProductionRealm}) and imported into the tests' real
 * Keycloak under another name: officers cannot get a token without a second factor, workers can, no password grant,
 * no redirect to http://localhost, and its tokens carry the demo realm's roles, audience and jurisdiction.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionRealmTest {

    private static final String REALM = "portal-production-test";
    private static final String FRONT_END = "https://portal.jinzhou.example";
    private static final String CALLBACK = FRONT_END + "/callback";
    private static final String PASSWORD = "Jinzhou2026-" + UUID.randomUUID().toString().substring(0, 6);
    private static final String OTP_SECRET = "portal-test-otp-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode realm;

    @BeforeAll
    void importTheProductionRealm() throws Exception {
        realm = ProductionRealm.derive(Files.readString(Path.of("src/main/keycloak/portal-realm.json")),
                List.of(FRONT_END));
        realm.put("realm", REALM);
        KeycloakAdmin.createRealm(REALM, JSON.writeValueAsString(realm));
        KeycloakAdmin.importUsers(REALM, List.of(
                user("worker.one", "worker", null, false),
                user("inspector.one", "labour-inspector", "210702", false),
                user("inspector.otp", "labour-inspector", "210702", true),
                user("admin.analyst", "admin,analyst", null, true)));
    }

    @Test
    void nothingOfTheDemoShips() {
        assertFalse(realm.has("users"));
        List<String> clients = realm.findValuesAsText("clientId");
        assertFalse(clients.contains("portal-cli") || clients.contains("partner-demo") || clients.contains("school-demo"),
                clients.toString());
        for (JsonNode client : realm.get("clients")) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), client.path("clientId").asText());
            for (JsonNode uri : client.path("redirectUris")) {
                assertFalse(uri.asText().startsWith("http:"), uri.asText());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ProductionRealm.derive("{}", List.of("http://x.example")));
    }

    @Test
    void anOfficerWithoutOtpIsMadeToSetItUpAndGetsNoToken() {
        Response afterPassword = login("inspector.one", CALLBACK);
        // Keycloak sends the browser on to the OTP set-up (a required action), never back with a code.
        String next = afterPassword.getHeader("Location");
        assertEquals(302, afterPassword.statusCode(), afterPassword.asString());
        assertFalse(next.startsWith(FRONT_END), next);
        assertTrue(next.contains("CONFIGURE_TOTP"), next);
        Response setup = given().redirects().follow(false).cookies(cookies).get(next);
        assertEquals(200, setup.statusCode(), setup.asString());
        assertTrue(setup.asString().contains("kc-totp-settings"), "the OTP set-up page");
    }

    @Test
    void aWorkerSignsInWithAPasswordAndGetsTheDemoRealmsClaims() throws Exception {
        JsonNode claims = claims(token(login("worker.one", CALLBACK)));
        JsonNode demo = claims(Tokens.of("wang.worker"));
        assertEquals(demo.path("aud"), claims.path("aud"));
        assertEquals(demo.path("realm_access").path("roles"), claims.path("realm_access").path("roles"));
        assertEquals(demo.has("jurisdiction"), claims.has("jurisdiction"));
    }

    @Test
    void anOfficerWithOtpGetsTheDemoRealmsClaims() throws Exception {
        Response afterPassword = login("inspector.otp", CALLBACK);
        assertEquals(200, afterPassword.statusCode());
        Response afterOtp = given().redirects().follow(false).cookies(cookies).formParam("otp", totp("inspector.otp"))
                .post(formAction(afterPassword.asString()));
        JsonNode claims = claims(token(afterOtp));
        JsonNode demo = claims(Tokens.of("inspector.guta"));
        assertEquals(demo.path("aud"), claims.path("aud"));
        assertEquals(demo.path("realm_access").path("roles"), claims.path("realm_access").path("roles"));
        assertEquals("210702", claims.path("jurisdiction").asText());
        assertEquals(demo.path("jurisdiction"), claims.path("jurisdiction"));
    }

    @Test
    void aHolderOfSeveralOfficerRolesIsAskedForOneOtp() throws Exception {
        Response afterPassword = login("admin.analyst", CALLBACK);
        assertEquals(200, afterPassword.statusCode());
        Response afterOtp = given().redirects().follow(false).cookies(cookies).formParam("otp", totp("admin.analyst"))
                .post(formAction(afterPassword.asString()));
        JsonNode claims = claims(token(afterOtp));
        assertTrue(claims.path("realm_access").path("roles").toString().contains("analyst"), claims.toString());
    }

    @Test
    void noPasswordGrantAndNoRedirectToLocalhost() {
        String tokenUrl = KeycloakTestResource.baseUrl + "/realms/" + REALM + "/protocol/openid-connect/token";
        given().formParams(Map.of("grant_type", "password", "client_id", "portal-cli", "username", "worker.one",
                "password", PASSWORD)).post(tokenUrl).then().statusCode(401);
        given().formParams(Map.of("grant_type", "password", "client_id", "portal-web", "username", "worker.one",
                "password", PASSWORD)).post(tokenUrl).then().statusCode(anyOf401or400());
        authorize("http://localhost:3000/callback").then().statusCode(400)
                .body(containsString("redirect_uri"));
        authorize(CALLBACK).then().statusCode(200).body(containsString("kc-form-login"));
    }

    @Test
    void theRealmHasAPasswordPolicyAndAShortLockout() {
        assertTrue(realm.path("passwordPolicy").asText().contains("length(10)"));
        assertEquals(5, realm.path("failureFactor").asInt());
        assertEquals("portal browser", realm.path("browserFlow").asText());
        given().get(KeycloakTestResource.baseUrl + "/realms/" + REALM).then().statusCode(200)
                .body("realm", equalTo(REALM));
    }

    private Map<String, String> cookies;
    private String verifier;

    private Response authorize(String redirectUri) {
        verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        return given().redirects().follow(false).queryParams(Map.of("client_id", "portal-web", "response_type", "code",
                "scope", "openid", "redirect_uri", redirectUri, "state", "s", "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"))
                .get(KeycloakTestResource.baseUrl + "/realms/" + REALM + "/protocol/openid-connect/auth");
    }

    /** The browser flow up to the password: the answer to the password form. */
    private Response login(String username, String redirectUri) {
        Response page = authorize(redirectUri);
        assertEquals(200, page.statusCode(), page.asString());
        cookies = page.getCookies();
        return given().redirects().follow(false).cookies(cookies).formParam("username", username)
                .formParam("password", PASSWORD).post(formAction(page.asString()));
    }

    /** Redeems the code of a redirect to the front end for the access token. */
    private String token(Response redirect) {
        assertEquals(302, redirect.statusCode(), redirect.asString());
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(redirect.getHeader("Location"));
        assertTrue(code.find(), redirect.getHeader("Location"));
        return given().formParams(Map.of("grant_type", "authorization_code", "client_id", "portal-web", "code",
                code.group(1), "redirect_uri", CALLBACK, "code_verifier", verifier))
                .post(KeycloakTestResource.baseUrl + "/realms/" + REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String formAction(String html) {
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(html);
        assertTrue(action.find(), html);
        return action.group(1).replace("&amp;", "&");
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 6238 with Keycloak's realm policy (HmacSHA1, 6 digits, 30 s); Keycloak keys the HMAC with the secret. */
    /**
     * The user's current code (RFC 6238). Once in many runs the realm refused a code as invalid (cause not found):
     * the two users then shared one secret and signed in within a second of each other, and a code could be sent at
     * the very end of its 30 seconds. Neither happens now: each user has a secret of their own, and a code is never
     * sent in the last two seconds of its step.
     */
    private static String totp(String username) throws Exception {
        long millisIntoStep = System.currentTimeMillis() % 30_000;
        if (millisIntoStep > 28_000) {
            Thread.sleep(30_000 - millisIntoStep + 100);
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(otpSecret(username).getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 1000 / 30).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static String otpSecret(String username) {
        return OTP_SECRET + "-" + username;
    }

    private static org.hamcrest.Matcher<Integer> anyOf401or400() {
        return org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(401));
    }

    private static Map<String, Object> user(String username, String role, String jurisdiction, boolean otp) {
        Map<String, Object> user = new java.util.HashMap<>(Map.of("username", username, "enabled", true,
                "emailVerified", true, "email", username + "@prod.mwportal.example", "firstName", "测试",
                "lastName", "用户", "realmRoles", List.of(role.split(","))));
        if (jurisdiction != null) {
            user.put("attributes", Map.of("jurisdiction", List.of(jurisdiction)));
        }
        List<Map<String, Object>> credentials = new java.util.ArrayList<>(List.of(
                Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        if (otp) {
            credentials.add(Map.of("type", "otp", "userLabel", "phone",
                    "secretData", "{\"value\":\"" + otpSecret(username) + "\"}",
                    "credentialData", "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,"
                            + "\"algorithm\":\"HmacSHA1\"}"));
        }
        user.put("credentials", credentials);
        return user;
    }
}
