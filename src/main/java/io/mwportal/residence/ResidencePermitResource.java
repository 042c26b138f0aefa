package io.mwportal.residence;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.mwportal.casework.CaseResource;
import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.idempotency.IdempotencyService.Created;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.residence.ResidenceViews.CancelRequest;
import io.mwportal.residence.ResidenceViews.CheckView;
import io.mwportal.residence.ResidenceViews.EndorsementRequest;
import io.mwportal.residence.ResidenceViews.EndorsementView;
import io.mwportal.residence.ResidenceViews.PermitView;
import io.mwportal.residence.ResidenceViews.VerificationRequest;
import io.mwportal.residence.ResidenceViews.VerificationResult;
import io.quarkus.security.Authenticated;

/** Issued residence permits: the holder's view, endorsement, who checked it; cancellation; verification (一证通). */
@Path("/api/v1/residence-permits")
@Tag(name = "Residence permits")
@Produces(MediaType.APPLICATION_JSON)
public class ResidencePermitResource {

    @Inject
    PermitService permits;

    @Inject
    IdempotencyService idempotency;

    @GET
    @RolesAllowed({ Roles.WORKER, Roles.RESIDENCE_OFFICER })
    @Operation(summary = "List permits", description = "A worker's own (and those they applied for as guardian or "
            + "relative); an officer's office's. Newest first.")
    public Page<PermitView> list(@Valid @BeanParam PageRequest page) {
        return permits.list(page);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({ Roles.WORKER, Roles.RESIDENCE_OFFICER })
    @Operation(summary = "One permit", description = "State (VALID, SUSPENDED after a missed endorsement, EXPIRED when "
            + "cancelled), valid-through date, the next endorsement window, endorsements. The holder and the issuing "
            + "office; a city-level officer sees it masked; anyone else 404. ETag for If-Match.")
    public RestResponse<PermitView> get(@PathParam("number") @Pattern(regexp = ResidenceViews.PERMIT_NUMBER) @Schema(maxLength = 17) String number) {
        return EntityTags.ok(permits.get(number));
    }

    @GET
    @Path("/{number}/checks")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "Who checked my permit", description = "Every verification of the holder's permit by a "
            + "school, hospital or employer: the client, the answer it got, when (居住证暂行条例 Art 17, 20).")
    public Page<CheckView> checks(@PathParam("number") @Pattern(regexp = ResidenceViews.PERMIT_NUMBER) @Schema(maxLength = 17) String number,
            @Valid @BeanParam PageRequest page) {
        return permits.checks(number, page);
    }

    @POST
    @Path("/{number}/endorsements")
    @RolesAllowed(Roles.WORKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for the yearly endorsement", description = "In the month before each anniversary of "
            + "issue (Art 10), or late while suspended (restores it once approved). Too early: 409 "
            + "ENDORSEMENT_WINDOW_NOT_OPEN with the window in the problem. The issuing office decides. Requires an "
            + "Idempotency-Key.")
    @APIResponseSchema(value = EndorsementView.class, responseCode = "201", responseDescription = "Created")
    public Response endorse(@PathParam("number") @Pattern(regexp = ResidenceViews.PERMIT_NUMBER) @Schema(maxLength = 17) String number,
            @Parameter(required = true, example = CaseResource.IDEMPOTENCY_EXAMPLE)
            @HeaderParam(IdempotencyService.HEADER) String key,
            @NotNull @Valid EndorsementRequest request) {
        String path = "/api/v1/residence-permits/" + number;
        return idempotency.create(key, "POST " + path + "/endorsements", request, () -> {
            EndorsementView endorsement = permits.endorse(number, request);
            return Created.created(URI.create(path), endorsement, null);
        });
    }

    @POST
    @Path("/{number}/actions/cancel")
    @RolesAllowed(Roles.RESIDENCE_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a permit (注销)", description = "The issuing office, with a reason: the permit is "
            + "EXPIRED from today. Honours If-Match.")
    public RestResponse<PermitView> cancel(@PathParam("number") @Pattern(regexp = ResidenceViews.PERMIT_NUMBER) @Schema(maxLength = 17) String number,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CancelRequest request) {
        return EntityTags.ok(permits.cancel(number, ifMatch, request));
    }

    @POST
    @Path("/verifications")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyResidencePermit", summary = "Verify a permit (schools, hospitals, employers)", description = "Clients with the "
            + "permits:verify scope only (client credentials); anyone else 403. By permit number and the holder's "
            + "name: VALID, SUSPENDED, EXPIRED or NOT_FOUND and the date it holds to, nothing else. A wrong name "
            + "answers exactly as an unknown number. Rate-limited per client; every check is shown to the holder.")
    @APIResponseSchema(value = VerificationResult.class, responseCode = "200", responseDescription = "The result")
    @APIResponse(responseCode = "429")
    public VerificationResult verify(@NotNull @Valid VerificationRequest request) {
        return permits.verify(request);
    }
}
