package io.mwportal.wages;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.idempotency.IdempotencyService.Created;
import io.mwportal.platform.web.ClientAddress;
import io.mwportal.wages.WageViews.WageReportRequest;

@Path("/api/v1/wage-reports")
@Tag(name = "Wage-arrears complaints")
@Produces(MediaType.APPLICATION_JSON)
public class WageReportResource {

    @Inject
    WageReportService reports;

    @Inject
    IdempotencyService idempotency;

    @Inject
    ClientAddress clientAddress;

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report wage arrears anonymously (举报)", description = "No login and nothing about the "
            + "reporter is stored; routed like a complaint; not tracked (202 with the office it went to). "
            + "Limited per client address (429 with Retry-After). Requires an Idempotency-Key.")
    public Response report(
            @Parameter(description = "Unique per report; retries reuse it", required = true, example = "0d5c7c4e-2f7a-4a8e-9a57-5b0b8d7a1c31")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull @Valid WageReportRequest request) {
        // Anonymous callers share no identity: their keys are kept apart per client, by the client's pseudonym.
        String client = clientAddress.pseudonym("wage-reports");
        return idempotency.create(idempotencyKey, "POST /api/v1/wage-reports " + client, request,
                () -> Created.accepted(reports.report(request, client)));
    }
}
