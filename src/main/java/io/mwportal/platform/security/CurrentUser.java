package io.mwportal.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.mwportal.platform.error.ProblemException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller of the current request, as the access token describes them. Services take their decisions from this
 * view, never from raw claims.
 */
@RequestScoped
public class CurrentUser {

    /** The jurisdiction of city-level offices; they may take over any district's case. */
    public static final String CITY_JURISDICTION = "210700";

    /** The client scope that lets a partner app publish vacancies for one job centre (realm `portal`). */
    public static final String PARTNER_PUBLISH_SCOPE = "vacancies:publish";

    /** The client scope that lets a school, hospital or employer verify residence permits (realm `portal`). */
    public static final String VERIFY_PERMITS_SCOPE = "permits:verify";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The stable subject id ({@code sub}) of the caller; 401 for anonymous callers. */
    public String subject() {
        if (isAnonymous()) {
            throw new UnauthorizedException();
        }
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public String username() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    /** The client (application) the token was issued to, e.g. {@code portal-miniprogram} or {@code partner-demo}. */
    public Optional<String> clientId() {
        return Optional.ofNullable(token.<String>getClaim("azp"));
    }

    /**
     * The client id of a partner app calling with its own client-credentials token and the
     * {@value #PARTNER_PUBLISH_SCOPE} scope (e.g. {@code partner-demo}); empty for people.
     */
    public Optional<String> partnerClient() {
        return hasScope(PARTNER_PUBLISH_SCOPE) ? clientId() : Optional.empty();
    }

    /** Whether the access token was granted {@code scope} (its {@code scope} claim). */
    public boolean hasScope(String scope) {
        if (isAnonymous()) {
            return false;
        }
        Object granted = token.getClaim("scope");
        return granted != null && Set.of(granted.toString().replace("\"", "").split(" ")).contains(scope);
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The GB/T 2260 code of the office the caller works for, if the token carries one. */
    public Optional<String> jurisdiction() {
        if (isAnonymous()) {
            return Optional.empty();
        }
        Object claim = token.getClaim("jurisdiction");
        String value = claim == null ? null : claim.toString().replace("\"", "");
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The jurisdiction of an office role; an officer token without one cannot act for an office (403). */
    public String requireJurisdiction() {
        return jurisdiction().orElseThrow(() -> new ProblemException(403, "FORBIDDEN"));
    }

    public boolean isCityLevel() {
        return jurisdiction().map(CITY_JURISDICTION::equals).orElse(false);
    }

    /** A worker acts for themselves; everybody else with an office role acts for that office. */
    public ActingFor actingFor() {
        if (isAnonymous()) {
            return ActingFor.ANONYMOUS;
        }
        if (roles().stream().anyMatch(Roles.OFFICE_ROLES::contains)) {
            return ActingFor.OFFICE;
        }
        return hasRole(Roles.WORKER) ? ActingFor.SELF : ActingFor.ADMINISTRATION;
    }

    public enum ActingFor {
        ANONYMOUS, SELF, OFFICE, ADMINISTRATION
    }
}
