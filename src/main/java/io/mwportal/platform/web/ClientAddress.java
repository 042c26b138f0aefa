package io.mwportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.mwportal.platform.privacy.ClientPseudonyms;
import io.vertx.core.http.HttpServerRequest;

/**
 * The address of the client of the current request, resolved once per request from the configured trusted proxies
 * (docs/api.md, "Client address"; {@link ForwardedFor}). Nothing stores the address itself: callers that
 * need to remember a client (rate limits, anonymous idempotency keys) take its {@link #pseudonym(String)}.
 */
@ApplicationScoped
public class ClientAddress {

    private final ForwardedFor forwardedFor;
    private final ClientPseudonyms pseudonyms;

    @Inject
    HttpServerRequest request;

    public ClientAddress(HttpConfig config, ClientPseudonyms pseudonyms) {
        this.forwardedFor = new ForwardedFor(config.trustedProxies(), config.forwardedHeader());
        this.pseudonyms = pseudonyms;
    }

    /** The client's IP address in canonical form ({@code unknown} only for a request without a peer). */
    public String address() {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return forwardedFor.resolve(peer, request.headers().getAll(forwardedFor.header()));
    }

    /**
     * A keyed hash of the client (its IPv4 address, or its IPv6 /64) for {@code purpose}: the same client gives the
     * same value on every instance for the rest of the day, and the stored value cannot be turned back into the
     * address ({@link ClientPseudonyms}).
     */
    public String pseudonym(String purpose) {
        return pseudonyms.of(purpose, ForwardedFor.rateLimitKey(address()));
    }
}
