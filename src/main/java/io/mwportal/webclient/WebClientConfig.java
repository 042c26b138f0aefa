package io.mwportal.webclient;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The reference web client at {@code /app/} ({@code portal.web-client.*}; README "Configuration"). */
@ConfigMapping(prefix = "portal.web-client")
public interface WebClientConfig {

    /**
     * The Keycloak realm as the browser reaches it, e.g. {@code https://login.jinzhou.example/realms/portal}. It is
     * the portal's own OIDC address unless the cluster reaches Keycloak by another name than phones do.
     */
    String authServerUrl();

    /** The public client the browser signs in with (authorisation code + PKCE). */
    @WithDefault("portal-web")
    String clientId();
}
