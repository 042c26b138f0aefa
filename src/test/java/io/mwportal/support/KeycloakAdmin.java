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

    /** A public client with direct grants whose access tokens live {@code lifespanSeconds}. */
    public static String createShortLivedClient(int lifespanSeconds) {
        String clientId = "short-lived-" + System.nanoTime();
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false,
                        "defaultClientScopes", List.of("basic", "profile", "roles", "portal-api"),
                        "attributes", Map.of("access.token.lifespan", Integer.toString(lifespanSeconds))))
                .post(KeycloakTestResource.baseUrl + "/admin/realms/portal/clients")
                .then().statusCode(201);
        return clientId;
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
