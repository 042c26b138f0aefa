package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** The master-realm admin API of the test Keycloak, for set-ups the shipped realm must not contain. */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    private static String adminToken() {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", KeycloakTestResource.adminUser, "password", KeycloakTestResource.adminPassword))
                .post(KeycloakTestResource.baseUrl + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath().getString("access_token");
    }

    /**
     * Adds an RSA signing key of the tests' own to realm {@code portal}, at the lowest priority (Keycloak keeps
     * signing with its own key), and returns the key id the realm publishes for it. Tokens signed with it are
     * trusted like any other of the realm, so tests can mint exactly the token they need (expired, another
     * issuer or audience) without waiting for one to expire.
     */
    public static String addSigningKey(String privateKeyPem) {
        String token = adminToken();
        String realmId = given().auth().oauth2(token).get(KeycloakTestResource.baseUrl + "/admin/realms/portal")
                .then().statusCode(200).extract().path("id");
        String location = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "test-signing-key", "providerId", "rsa",
                        "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                        "config", Map.of("priority", List.of("1"), "enabled", List.of("true"),
                                "active", List.of("true"), "algorithm", List.of("RS256"),
                                "privateKey", List.of(privateKeyPem))))
                .post(KeycloakTestResource.baseUrl + "/admin/realms/portal/components")
                .then().statusCode(201).extract().header("Location");
        String componentId = location.substring(location.lastIndexOf('/') + 1);
        List<Map<String, Object>> keys = given().auth().oauth2(token)
                .get(KeycloakTestResource.baseUrl + "/admin/realms/portal/keys").then().statusCode(200)
                .extract().path("keys");
        return keys.stream().filter(k -> componentId.equals(k.get("providerId"))).map(k -> (String) k.get("kid"))
                .findFirst().orElseThrow(() -> new IllegalStateException("the test signing key was not published"));
    }

    /**
     * Lets a browser page at {@code origin} call realm {@code portal}'s token endpoint as {@code clientId}: the
     * shipped realm allows any localhost port as a redirect, but Keycloak derives no CORS origin from a port
     * wildcard, and the test server's port is chosen at random.
     */
    @SuppressWarnings("unchecked")
    public static void allowWebOrigin(String clientId, String origin) {
        String token = adminToken();
        String clients = KeycloakTestResource.baseUrl + "/admin/realms/portal/clients";
        List<Map<String, Object>> found = given().auth().oauth2(token).queryParam("clientId", clientId).get(clients)
                .then().statusCode(200).extract().path("$");
        Map<String, Object> client = found.get(0);
        List<String> origins = new ArrayList<>((List<String>) client.get("webOrigins"));
        if (!origins.contains(origin)) {
            origins.add(origin);
            client.put("webOrigins", origins);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(client).put(clients + "/" + client.get("id"))
                    .then().statusCode(204);
        }
    }

    /** Creates a realm from its JSON (a realm file), replacing one of the same name. */
    public static void createRealm(String name, String realmJson) {
        String token = adminToken();
        given().auth().oauth2(token).delete(KeycloakTestResource.baseUrl + "/admin/realms/" + name);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(realmJson)
                .post(KeycloakTestResource.baseUrl + "/admin/realms").then().statusCode(201);
    }

    /** Adds users (realm-file representations) to {@code realm}. */
    public static void importUsers(String realm, List<Map<String, Object>> users) {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("ifResourceExists", "OVERWRITE", "users", users))
                .post(KeycloakTestResource.baseUrl + "/admin/realms/" + realm + "/partialImport").then().statusCode(200);
    }

    /** Creates one user (password = user name) with a realm role and, for officers, a jurisdiction. */
    public static String createUser(String username, String role, String jurisdiction) {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("ifResourceExists", "SKIP", "users", List.of(Map.of("username", username, "enabled", true,
                        "emailVerified", true, "email", username + "@demo.mwportal.example", "firstName", "测试",
                        "lastName", "用户", "attributes", Map.of("jurisdiction", List.of(jurisdiction)),
                        "realmRoles", List.of(role),
                        "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))))))
                .post(KeycloakTestResource.baseUrl + "/admin/realms/portal/partialImport").then().statusCode(200);
        return username;
    }

    /**
     * Creates {@code count} workers {@code prefix-0 …} (password = user name). The test realm's password hashing
     * is turned down to one iteration first, so that hundreds of logins take seconds: this Keycloak lives in memory
     * for one test run only.
     */
    public static List<String> createWorkers(String prefix, int count) {
        String token = adminToken();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("passwordPolicy", "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"))
                .put(KeycloakTestResource.baseUrl + "/admin/realms/portal").then().statusCode(204);
        List<Map<String, Object>> users = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + "-" + i;
            names.add(name);
            users.add(Map.of("username", name, "enabled", true, "emailVerified", true,
                    "email", name + "@demo.mwportal.example", "firstName", "测试", "lastName", "工人" + i,
                    "realmRoles", List.of("worker"),
                    "credentials", List.of(Map.of("type", "password", "value", name, "temporary", false))));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("ifResourceExists", "SKIP", "users", users))
                .post(KeycloakTestResource.baseUrl + "/admin/realms/portal/partialImport").then().statusCode(200);
        return names;
    }
}
