package io.mwportal.platform.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * A request that presents credentials has them checked, on every endpoint: a bad or expired token is a 401 even on
 * a public read (RFC 6750 {@code invalid_token}), so a client learns at once that its token is no good rather than
 * being answered as anonymous on some endpoints and refused on others. Authentication is otherwise lazy (it runs
 * inside the REST layer, so that its failures are problem+json like every other error).
 */
public class PresentedCredentials {

    @Inject
    CurrentIdentityAssociation identity;

    @ServerRequestFilter
    public Uni<Void> verify(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identity.getDeferredIdentity().replaceWithVoid();
    }
}
