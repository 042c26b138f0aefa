package io.mwportal.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.casework.CaseViews.OfficerView;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;

@Path("/api/v1/case-officers")
@Tag(name = "Case officers", description = "Whom a case can be assigned to")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.LABOUR_INSPECTOR, Roles.LEGAL_AID_OFFICER, Roles.RESIDENCE_OFFICER })
public class CaseOfficerResource {

    @Inject
    CaseOfficers officers;

    @GET
    @Operation(summary = "Officers of an office", description = "The officers of a role (one the caller holds) in the "
            + "caller's office, or for city-level officers any office, who have used the portal within the last "
            + "portal.casework.officer-active-days days; pass one's user name as assignee to an assign action.")
    public Page<OfficerView> list(
            @QueryParam("role") @NotNull @Pattern(regexp = "labour-inspector|legal-aid-officer|residence-officer") @Schema(maxLength = 17)
            @Parameter(example = "legal-aid-officer") String role,
            @QueryParam("jurisdiction") @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6)
            @Parameter(description = "City-level officers: another office", example = "210702") String jurisdiction,
            @Valid @BeanParam PageRequest page) {
        return officers.list(role, jurisdiction, page);
    }
}
