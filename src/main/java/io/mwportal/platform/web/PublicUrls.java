package io.mwportal.platform.web;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Absolute URLs of the portal's resources (Location headers, JSON-LD identifiers), from the configured public base
 * URL ({@code portal.http.public-base-url}). The request's Host header is never used: it is whatever the client
 * sent, and reflecting it would let anyone plant their own host in links that others follow.
 */
@ApplicationScoped
public class PublicUrls {

    private final String base;

    public PublicUrls(HttpConfig config) {
        this.base = config.publicBaseUrl().replaceAll("/+$", "");
        URI parsed = URI.create(base);
        if (parsed.getScheme() == null || parsed.getHost() == null) {
            throw new IllegalArgumentException("portal.http.public-base-url must be an absolute URL: " + base);
        }
    }

    /** The base URL without a trailing slash, e.g. {@code https://api.portal.jinzhou.example}. */
    public String base() {
        return base;
    }

    /** {@code /api/v1/jobs/7} → {@code https://api.portal.jinzhou.example/api/v1/jobs/7}. */
    public URI of(String path) {
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }
}
