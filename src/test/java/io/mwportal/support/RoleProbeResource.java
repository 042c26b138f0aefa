package io.mwportal.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.mwportal.platform.security.Roles;

/**
 * Test-only endpoints, one per realm role, so that every demo role's token can be shown to reach an endpoint meant
 * for it and to be refused (403) elsewhere before each feature brings its own. Kept out of the OpenAPI document.
 */
@Path("/test-support/roles")
@Produces(MediaType.TEXT_PLAIN)
public class RoleProbeResource {

    @GET
    @Path("/worker")
    @RolesAllowed(Roles.WORKER)
    public String worker() {
        return Roles.WORKER;
    }

    @GET
    @Path("/job-center")
    @RolesAllowed(Roles.JOB_CENTER)
    public String jobCenter() {
        return Roles.JOB_CENTER;
    }

    @GET
    @Path("/training-officer")
    @RolesAllowed(Roles.TRAINING_OFFICER)
    public String trainingOfficer() {
        return Roles.TRAINING_OFFICER;
    }

    @GET
    @Path("/labour-inspector")
    @RolesAllowed(Roles.LABOUR_INSPECTOR)
    public String labourInspector() {
        return Roles.LABOUR_INSPECTOR;
    }

    @GET
    @Path("/legal-aid-officer")
    @RolesAllowed(Roles.LEGAL_AID_OFFICER)
    public String legalAidOfficer() {
        return Roles.LEGAL_AID_OFFICER;
    }

    @GET
    @Path("/residence-officer")
    @RolesAllowed(Roles.RESIDENCE_OFFICER)
    public String residenceOfficer() {
        return Roles.RESIDENCE_OFFICER;
    }

    @GET
    @Path("/analyst")
    @RolesAllowed(Roles.ANALYST)
    public String analyst() {
        return Roles.ANALYST;
    }

    @GET
    @Path("/admin")
    @RolesAllowed(Roles.ADMIN)
    public String admin() {
        return Roles.ADMIN;
    }

    /** Unreachable on purpose: proves an unexpected exception becomes a 500 problem without internals. */
    @GET
    @Path("/boom/{what}")
    @jakarta.annotation.security.PermitAll
    public String boom(@PathParam("what") String what) {
        throw new IllegalStateException("secret internal detail: select * from " + what);
    }
}
