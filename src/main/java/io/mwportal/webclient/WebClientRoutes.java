package io.mwportal.webclient;

import java.net.URI;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What the reference web client needs besides its static files (META-INF/resources/app): where to sign in
 * ({@code /app/config.json}, so one build serves every deployment) and the headers that keep the page to itself.
 * The client is a third party to the API like any other: it calls only the public API with its own tokens.
 */
@ApplicationScoped
public class WebClientRoutes {

    static final String PREFIX = "/app";

    @Inject
    WebClientConfig config;

    @Inject
    ObjectMapper json;

    private String configBody;
    private String contentSecurityPolicy;

    void install(@Observes Router router) throws JsonProcessingException {
        String realmUrl = config.authServerUrl().replaceAll("/+$", "");
        int realms = realmUrl.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("portal.web-client.auth-server-url must end in /realms/<realm>: " + realmUrl);
        }
        configBody = json.writeValueAsString(Map.of(
                "url", realmUrl.substring(0, realms),
                "realm", realmUrl.substring(realms + "/realms/".length()),
                "clientId", config.clientId()));
        URI keycloak = URI.create(realmUrl);
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        // Scripts and styles only from the portal itself (no inline script); the token calls go to Keycloak.
        contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                + "connect-src 'self' " + keycloakOrigin + "; frame-src " + keycloakOrigin
                + "; form-action 'self' " + keycloakOrigin + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
        // Vert.x lets "/app" match "/app/" too: only the bare path is sent to the page.
        router.getWithRegex("^" + PREFIX + "$").handler(context -> context.redirect(PREFIX + "/"));
        router.route(PREFIX + "/*").order(-10).handler(this::headers);
        router.get(PREFIX + "/config.json").handler(this::config);
    }

    private void headers(RoutingContext context) {
        context.response()
                .putHeader("Content-Security-Policy", contentSecurityPolicy)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer");
        context.next();
    }

    private void config(RoutingContext context) {
        context.response().putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-cache")
                .end(configBody);
    }
}
