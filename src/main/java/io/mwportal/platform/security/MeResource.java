package io.mwportal.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Account", description = "The signed-in caller")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.WORKER, Roles.JOB_CENTER, Roles.TRAINING_OFFICER, Roles.LABOUR_INSPECTOR,
            Roles.LEGAL_AID_OFFICER, Roles.RESIDENCE_OFFICER, Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Who am I", description = "The caller's subject, roles and jurisdiction as the portal sees them.")
    public MeView me() {
        return new MeView(user.subject(), user.username(), user.roles(), user.jurisdiction().orElse(null),
                user.actingFor(), user.clientId().orElse(null));
    }
}
