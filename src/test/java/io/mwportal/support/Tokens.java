package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /** The {@code school-demo} confidential client's client-credentials token (scope permits:verify). */
    public static String schoolDemo() {
        return cached("client:school-demo", () -> tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", "school-demo", "client_secret", "school-demo-secret")));
    }

    /** The {@code partner-demo} confidential client's client-credentials token. */
    public static String partnerDemo() {
        return cached("client:partner-demo", () -> tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", "partner-demo", "client_secret", "partner-demo-secret")));
    }

    /** A confidential client's client-credentials token. */
    public static String clientCredentials(String clientId, String secret) {
        return cached("client:" + clientId, () -> tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    /** A password-grant token of {@code username} issued to another client (no cache). */
    public static String password(String clientId, String username) {
        return tokenRequest(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", username));
    }

    /**
     * A token signed with the tests' own key of the realm ({@link KeycloakTestResource#signingKey}), with exactly the
     * given claims: for tokens Keycloak would not issue on demand (expired, another issuer or audience).
     */
    public static String signed(Map<String, Object> claims) {
        if (KeycloakTestResource.signingKey == null) {
            throw new IllegalStateException("No test signing key: the tests need the Keycloak admin account");
        }
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(new ObjectMapper().writeValueAsString(claims));
            jws.setKey(KeycloakTestResource.signingKey.getPrivate());
            jws.setKeyIdHeaderValue(KeycloakTestResource.signingKeyId);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a worker's access token as the realm issues them, valid from now for {@code seconds}. */
    public static Map<String, Object> workerClaims(long secondsValid) {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", KeycloakTestResource.baseUrl + "/realms/portal");
        claims.put("aud", "portal-api");
        claims.put("sub", "00000000-0000-4000-8000-000000000001");
        claims.put("azp", "portal-cli");
        claims.put("typ", "Bearer");
        claims.put("preferred_username", "minted.worker");
        claims.put("realm_access", Map.of("roles", List.of("worker")));
        claims.put("iat", now - 60);
        claims.put("exp", now + secondsValid);
        return claims;
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
