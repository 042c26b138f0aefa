package io.mwportal.residence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.residence.ResidenceEnums.EndorsementStatus;
import io.mwportal.residence.ResidenceViews.DecisionRequest;
import io.mwportal.residence.ResidenceViews.EndorsementView;

/** The issuing office decides yearly endorsements (居住证暂行条例 Art 10). */
@Path("/api/v1/residence-endorsements")
@Tag(name = "Residence permits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENCE_OFFICER)
public class EndorsementResource {

    @Inject
    PermitService permits;

    @GET
    @Operation(summary = "The office's endorsements", description = "Pending ones by default, oldest first; a "
            + "city-level officer may pass another jurisdiction.")
    public Page<EndorsementView> list(@QueryParam("status") EndorsementStatus status,
            @QueryParam("jurisdiction") @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) @Parameter(example = "210702") String jurisdiction,
            @Valid @BeanParam PageRequest page) {
        return permits.endorsements(status, jurisdiction, page);
    }

    @POST
    @Path("/{id}/actions/{decision: approve|refuse}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide an endorsement", description = "approve: the permit is valid through the next "
            + "anniversary (and no longer suspended); refuse: note required. Another office's is 404. Honours If-Match.")
    public RestResponse<EndorsementView> decide(@PathParam("id") long id, @PathParam("decision") @Schema(enumeration = { "approve", "reject" }) String decision,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid DecisionRequest request) {
        return EntityTags.ok(permits.decide(id, decision.equals("approve"), ifMatch,
                request == null ? null : request.note()));
    }
}
