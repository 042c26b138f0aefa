package io.mwportal.platform.reference;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.idempotency.IdempotencyService.Created;
import io.mwportal.platform.reference.ReferenceViews.JurisdictionCreateRequest;
import io.mwportal.platform.reference.ReferenceViews.JurisdictionUpdateRequest;
import io.mwportal.platform.reference.ReferenceViews.JurisdictionView;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.PublicRead;

@Path("/api/v1/jurisdictions")
@Tag(name = "Reference data", description = "Jurisdictions, departments and the city's policy measures")
@Produces(MediaType.APPLICATION_JSON)
public class JurisdictionResource {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    IdempotencyService idempotency;

    @GET
    @PermitAll
    @PublicRead
    @Operation(summary = "List the city's jurisdictions", description = "Jinzhou and its county-level divisions "
            + "(GB/T 2260), plus any development zones the administration added.")
    public List<JurisdictionView> list() {
        return referenceData.jurisdictions();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @PublicRead
    @Operation(summary = "Get one jurisdiction")
    public RestResponse<JurisdictionView> get(@PathParam("code") @Schema(maxLength = 6) String code) {
        Jurisdiction jurisdiction = referenceData.currentJurisdiction(code);
        return EntityTags.ok(JurisdictionView.of(jurisdiction), jurisdiction.version);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a jurisdiction", description = "For example a development zone run by a management "
            + "committee (管委会) that handles its own cases. Requires an Idempotency-Key.")
    @APIResponseSchema(value = JurisdictionView.class, responseCode = "201", responseDescription = "Created")
    public Response create(
            @Parameter(description = "Unique per creation; retries reuse it", required = true, example = "5f0c2a1e-8a6b-4c55-9d2e-1b7b3f0e9a10")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull @Valid JurisdictionCreateRequest request) {
        return idempotency.create(idempotencyKey, "POST /api/v1/jurisdictions", request, () -> {
            Jurisdiction created = referenceData.createJurisdiction(request);
            return Created.created(URI.create("/api/v1/jurisdictions/" + created.code), JurisdictionView.of(created),
                    created.version);
        });
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a jurisdiction", description = "Honours If-Match (412 when stale).")
    public RestResponse<JurisdictionView> update(@PathParam("code") @Schema(maxLength = 6) String code,
            @Parameter(description = "ETag of the version being changed", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid JurisdictionUpdateRequest request) {
        Jurisdiction updated = referenceData.updateJurisdiction(code, ifMatch, request);
        return EntityTags.ok(JurisdictionView.of(updated), updated.version);
    }
}
