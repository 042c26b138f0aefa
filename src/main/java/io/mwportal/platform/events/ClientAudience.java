package io.mwportal.platform.events;

import java.util.List;
import java.util.Map;

import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;

/**
 * What the calling client app may hear of: a partner app (scope {@code vacancies:publish}) only what it made; an
 * office's integration the subjects of its office (its jurisdiction; the city level: every district) for its office
 * roles. Needs a token with the {@value #SCOPE} scope, which only confidential clients are given.
 */
public record ClientAudience(String clientId, boolean partner, String jurisdiction, List<String> officeRoles) {

    public static final String SCOPE = "events:subscribe";

    public static ClientAudience of(CurrentUser user) {
        if (!user.hasScope(SCOPE) || user.clientId().isEmpty()) {
            throw new ProblemException(403, "FORBIDDEN");
        }
        boolean partner = user.partnerClient().isPresent();
        List<String> roles = user.roles().stream().filter(Roles.OFFICE_ROLES::contains).sorted().toList();
        if (!partner && (roles.isEmpty() || user.jurisdiction().isEmpty())) {
            throw new ProblemException(403, "FORBIDDEN");
        }
        return new ClientAudience(user.clientId().get(), partner, user.jurisdiction().orElse(null), roles);
    }

    /** Whether this client may hear of events of {@code type}. */
    public boolean mayReceive(EventType type) {
        return partner ? type.forPartner() : type.officeRole() != null && officeRoles.contains(type.officeRole());
    }

    /** The same rule as SQL over {@code event e}, with {@link #params()}. */
    String eventFilter() {
        return partner ? "e.client_id = :client"
                : "e.office_role in (:roles)" + (CurrentUser.CITY_JURISDICTION.equals(jurisdiction) ? ""
                        : " and e.office_jurisdiction = :jurisdiction");
    }

    Map<String, Object> params() {
        return partner ? Map.of("client", clientId) : CurrentUser.CITY_JURISDICTION.equals(jurisdiction)
                ? Map.of("roles", officeRoles) : Map.of("roles", officeRoles, "jurisdiction", jurisdiction);
    }
}
