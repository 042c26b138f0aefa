package io.mwportal.platform.web;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the portal sits behind its ingress ({@code portal.http.*}; README "Configuration"). */
@ConfigMapping(prefix = "portal.http")
public interface HttpConfig {

    /** Addresses or CIDR ranges of the proxies whose forwarding header is believed (the ingress). */
    @WithDefault("127.0.0.1,::1")
    List<String> trustedProxies();

    /** The one header the trusted proxies write: {@code X-Forwarded-For} or {@code Forwarded} (RFC 7239). */
    @WithDefault("X-Forwarded-For")
    String forwardedHeader();

    /** Scheme, host and port that clients use, for absolute URLs (never taken from the request's Host). */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** How long browsers and proxies may keep a public read. */
    @WithDefault("PT1M")
    Duration publicMaxAge();
}
