package io.mwportal.wages;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.casework.CaseListQuery;
import io.mwportal.casework.CaseResource;
import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.idempotency.IdempotencyService.Created;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.ClientAddress;
import io.mwportal.platform.web.ContractConventions;
import io.mwportal.wages.WageViews.ReportActionRequest;
import io.mwportal.wages.WageViews.WageReportReceipt;
import io.mwportal.wages.WageViews.WageReportRequest;
import io.mwportal.wages.WageViews.WageReportSummary;
import io.mwportal.wages.WageViews.WageReportView;

/**
 * Anonymous reports (举报): anyone reports; the labour inspectors of the office it was routed to work a queue of them
 * and open a complaint case ex officio (open-case) or close one with a reason (close), or transfer it. One report, its
 * history and its actions are the case kernel's endpoints ({@link CaseResource}).
 */
@Path("/api/v1/wage-reports")
@Tag(name = "Wage-arrears complaints")
@RolesAllowed(Roles.LABOUR_INSPECTOR)
public class WageReportResource extends CaseResource<WageReportView, ReportActionRequest, WageReportService> {

    @Inject
    ClientAddress clientAddress;

    @Inject
    public WageReportResource(WageReportService reports) {
        super(reports);
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report wage arrears anonymously (举报)", description = "No login and nothing about the "
            + "reporter is stored; routed like a complaint; not tracked (202 with the office it went to). "
            + "Limited per client address (429 with Retry-After). Requires an Idempotency-Key.")
    @APIResponseSchema(value = WageReportReceipt.class, responseCode = "202", responseDescription = "Accepted")
    @APIResponse(responseCode = "429")
    @Extension(name = ContractConventions.ANONYMOUS, value = "true")
    public Response report(
            @Parameter(description = "Unique per report; retries reuse it", required = true, example = IDEMPOTENCY_EXAMPLE)
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull @Valid WageReportRequest request) {
        // Anonymous callers share no identity: their keys are kept apart per client, by the client's pseudonym.
        String client = clientAddress.pseudonym("wage-reports");
        return trackingNumbers.drawingAgainIfTaken(() -> idempotency.create(idempotencyKey,
                "POST /api/v1/wage-reports " + client, request, () -> Created.accepted(cases().report(request, client))));
    }

    @GET
    @Operation(summary = "The office's report queue", description = "Labour inspectors: the reports routed to their "
            + "office, oldest first (a city-level inspector may pass another jurisdiction).")
    public Page<WageReportSummary> list(@Valid @BeanParam CaseListQuery query, @Valid @BeanParam PageRequest page) {
        return cases().list(query.filter(), page);
    }
}
