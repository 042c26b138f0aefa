package io.mwportal.platform.security;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The production realm, derived from the one source both realms come from, the demo realm
 * ({@code src/main/keycloak/portal-realm.json}): roles, clients, client scopes, mappers, the {@code portal-api}
 * audience and the {@code jurisdiction} claim stay exactly as they are, so the two never drift. What it changes is
 * README, "The production realm": no demo users, no password-grant or demo partner clients, redirect URIs only the
 * front ends' HTTPS addresses, a password policy, a short brute-force lockout, token and session lifetimes, and a
 * browser flow that asks every officer and administrator for a one-time password (set up at first sign-in).
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.mainClass=io.mwportal.platform.security.ProductionRealm \
 *     -Dexec.args="https://portal.jinzhou.gov.cn" > portal-realm-production.json
 * </pre>
 */
public final class ProductionRealm {

    /** The demo realm's clients that have no place in production. */
    static final Set<String> DEMO_CLIENTS = Set.of("portal-cli", "partner-demo", "school-demo", "inspection-demo");

    /** Roles whose holders read other people's personal data: they sign in with a second factor. */
    static final List<String> SECOND_FACTOR_ROLES = List.of(Roles.JOB_CENTER, Roles.TRAINING_OFFICER,
            Roles.LABOUR_INSPECTOR, Roles.LEGAL_AID_OFFICER, Roles.RESIDENCE_OFFICER, Roles.ANALYST, Roles.ADMIN);

    static final String BROWSER_FLOW = "portal browser";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProductionRealm() {
    }

    public static void main(String[] frontEnds) throws IOException {
        if (frontEnds.length == 0) {
            throw new IllegalArgumentException("Name the front ends' HTTPS origins, e.g. https://portal.jinzhou.gov.cn");
        }
        System.out.println(JSON.writeValueAsString(derive(Files.readString(Path.of(
                "src/main/keycloak/portal-realm.json")), List.of(frontEnds))));
    }

    /** The production realm from the demo realm's JSON, for these front-end origins (https only). */
    public static ObjectNode derive(String demoRealm, List<String> frontEnds) throws IOException {
        for (String origin : frontEnds) {
            URI uri = URI.create(origin);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getPath() != null
                    && !uri.getPath().isEmpty()) {
                throw new IllegalArgumentException("A front end is an https origin without a path: " + origin);
            }
        }
        ObjectNode realm = (ObjectNode) JSON.readTree(demoRealm);
        realm.remove("users");
        ArrayNode clients = realm.withArray("clients");
        for (int i = clients.size() - 1; i >= 0; i--) {
            ObjectNode client = (ObjectNode) clients.get(i);
            if (DEMO_CLIENTS.contains(client.path("clientId").asText())) {
                clients.remove(i);
                continue;
            }
            client.put("directAccessGrantsEnabled", false);
            if (client.path("clientId").asText().equals("portal-web")) {
                ArrayNode redirects = client.putArray("redirectUris");
                ArrayNode origins = client.putArray("webOrigins");
                frontEnds.forEach(origin -> {
                    redirects.add(origin + "/*");
                    origins.add(origin);
                });
            }
        }
        removeClientMappings(realm);
        // Sessions and tokens: short-lived access tokens, refresh tokens used once, a working day at most (offline
        // tokens, which a phone keeps, 30 days at most).
        realm.put("sslRequired", "external");
        realm.put("registrationAllowed", false);
        realm.put("accessTokenLifespan", 300);
        realm.put("ssoSessionIdleTimeout", 1800);
        realm.put("ssoSessionMaxLifespan", 36000);
        realm.put("revokeRefreshToken", true);
        realm.put("refreshTokenMaxReuse", 0);
        realm.put("offlineSessionIdleTimeout", 2592000);
        realm.put("offlineSessionMaxLifespanEnabled", true);
        realm.put("offlineSessionMaxLifespan", 2592000);
        realm.put("passwordPolicy", "length(10) and digits(1) and notUsername and notEmail and passwordHistory(3)");
        // Lockout after 5 failures, growing by a minute up to 15 minutes; never permanent (a worker's only account).
        realm.put("bruteForceProtected", true);
        realm.put("permanentLockout", false);
        realm.put("failureFactor", 5);
        realm.put("waitIncrementSeconds", 60);
        realm.put("maxFailureWaitSeconds", 900);
        realm.put("maxDeltaTimeSeconds", 43200);
        realm.put("otpPolicyType", "totp");
        realm.put("otpPolicyAlgorithm", "HmacSHA1");
        realm.put("otpPolicyDigits", 6);
        realm.put("otpPolicyPeriod", 30);
        secondFactorForOfficers(realm);
        return realm;
    }

    /** Scope mappings of the removed clients go with them. */
    private static void removeClientMappings(ObjectNode realm) {
        JsonNode clientScopeMappings = realm.path("clientScopeMappings");
        if (clientScopeMappings instanceof ObjectNode mappings) {
            DEMO_CLIENTS.forEach(mappings::remove);
            mappings.fields().forEachRemaining(entry -> {
                if (entry.getValue() instanceof ArrayNode list) {
                    for (int i = list.size() - 1; i >= 0; i--) {
                        if (DEMO_CLIENTS.contains(list.get(i).path("client").asText())) {
                            list.remove(i);
                        }
                    }
                }
            });
        }
        if (realm.path("scopeMappings") instanceof ArrayNode scopeMappings) {
            for (int i = scopeMappings.size() - 1; i >= 0; i--) {
                if (DEMO_CLIENTS.contains(scopeMappings.get(i).path("client").asText())) {
                    scopeMappings.remove(i);
                }
            }
        }
    }

    /**
     * The browser flow: a session cookie, or username and password and then, for a holder of any officer or
     * administrator role, a one-time password: one conditional sub-flow per role (a condition tests one role), the
     * n-th also requiring that the user holds none of the roles before it, so that a holder of several is asked once.
     * Someone without an OTP credential is made to set one up before any token is issued.
     */
    private static void secondFactorForOfficers(ObjectNode realm) {
        ArrayNode flows = realm.putArray("authenticationFlows");
        ArrayNode configs = realm.putArray("authenticatorConfig");
        ObjectNode browser = flow(flows, BROWSER_FLOW, true, "Cookie, or password and a second factor for officers");
        execution(browser, "auth-cookie", null, "ALTERNATIVE", 10, null);
        execution(browser, null, "portal forms", "ALTERNATIVE", 20, null);
        ObjectNode forms = flow(flows, "portal forms", false, "Password, then OTP for officers and administrators");
        execution(forms, "auth-username-password-form", null, "REQUIRED", 10, null);
        int priority = 20;
        for (int i = 0; i < SECOND_FACTOR_ROLES.size(); i++) {
            String role = SECOND_FACTOR_ROLES.get(i);
            String alias = "second factor for " + role;
            execution(forms, null, alias, "CONDITIONAL", priority++, null);
            ObjectNode conditional = flow(flows, alias, false, "OTP when the user holds " + role
                    + " and none of the roles before it");
            execution(conditional, "conditional-user-role", null, "REQUIRED", 10, "role " + role);
            for (int j = 0; j < i; j++) {
                execution(conditional, "conditional-user-role", null, "REQUIRED", 11 + j,
                        "not role " + SECOND_FACTOR_ROLES.get(j));
            }
            execution(conditional, "auth-otp-form", null, "REQUIRED", 100, null);
            configs.addObject().put("alias", "role " + role).putObject("config").put("condUserRole", role)
                    .put("negate", "false");
            configs.addObject().put("alias", "not role " + role).putObject("config").put("condUserRole", role)
                    .put("negate", "true");
        }
        realm.put("browserFlow", BROWSER_FLOW);
    }

    private static ObjectNode flow(ArrayNode flows, String alias, boolean topLevel, String description) {
        ObjectNode flow = flows.addObject();
        flow.put("alias", alias);
        flow.put("description", description);
        flow.put("providerId", "basic-flow");
        flow.put("topLevel", topLevel);
        flow.put("builtIn", false);
        flow.putArray("authenticationExecutions");
        return flow;
    }

    private static void execution(ObjectNode flow, String authenticator, String subFlow, String requirement,
            int priority, String config) {
        ObjectNode execution = flow.withArray("authenticationExecutions").addObject();
        if (authenticator != null) {
            execution.put("authenticator", authenticator);
            execution.put("autheticatorFlow", false); // Keycloak's own spelling in realm files
        } else {
            execution.put("flowAlias", subFlow);
            execution.put("autheticatorFlow", true);
        }
        execution.put("requirement", requirement);
        execution.put("priority", priority);
        execution.put("userSetupAllowed", false);
        if (config != null) {
            execution.put("authenticatorConfig", config);
        }
    }
}
