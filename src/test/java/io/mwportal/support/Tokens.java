package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Real access tokens from the test Keycloak (realm {@code portal}), cached for a few minutes. */
public final class Tokens {

    private record Cached(String token, long fetchedAt) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final long MAX_AGE_MILLIS = 200_000; // tokens live 300 s

    private Tokens() {
    }

    /** A token of a demo user (password = username) through the demo-only {@code portal-cli} client. */
    public static String of(String username) {
        return cached("user:" + username, () -> password("portal-cli", username));
    }

    /** The {@code partner-demo} confidential client's client-credentials token. */
    public static String partnerDemo() {
        return cached("client:partner-demo", () -> tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", "partner-demo", "client_secret", "partner-demo-secret")));
    }

    /** A password-grant token of {@code username} issued to another client (no cache). */
    public static String password(String clientId, String username) {
        return tokenRequest(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", username));
    }

    public static String tokenEndpoint() {
        return KeycloakTestResource.baseUrl + "/realms/portal/protocol/openid-connect/token";
    }

    private static String cached(String key, Supplier<String> fetch) {
        long now = System.currentTimeMillis();
        Cached cached = CACHE.get(key);
        if (cached == null || now - cached.fetchedAt() > MAX_AGE_MILLIS) {
            cached = new Cached(fetch.get(), now);
            CACHE.put(key, cached);
        }
        return cached.token();
    }

    private static String tokenRequest(Map<String, String> form) {
        Response response = given().contentType(ContentType.URLENC).formParams(form).post(tokenEndpoint());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath().getString("access_token");
    }
}
