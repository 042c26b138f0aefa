package io.mwportal.wages;


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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.casework.CaseListQuery;
import io.mwportal.casework.CaseResource;
import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;
import io.mwportal.wages.WageViews.WageActionRequest;
import io.mwportal.wages.WageViews.WageComplaintRequest;
import io.mwportal.wages.WageViews.WageComplaintSummary;
import io.mwportal.wages.WageViews.WageComplaintView;

/**
 * Wage-arrears complaints: filing and lists here; one complaint, its history, its actions and evidence are the case
 * kernel's endpoints ({@link CaseResource}). Actions: inspector accept, request-supplement, refuse, transfer,
 * take-over (city level), extend, record-outcome, close; worker supplement, withdraw.
 */
@Path("/api/v1/wage-complaints")
@Tag(name = "Wage-arrears complaints", description = "Workers file and follow complaints; labour inspectors handle them")
@RolesAllowed({ Roles.WORKER, Roles.LABOUR_INSPECTOR })
public class WageComplaintResource extends CaseResource<WageComplaintView, WageActionRequest, WageComplaintService> {

    @Inject
    public WageComplaintResource(WageComplaintService complaints) {
        super(complaints);
    }

    @POST
    @RolesAllowed(Roles.WORKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a wage-arrears complaint", description = "Routed to the city's labour inspection for "
            + "projects led by the city government, otherwise to the district where the work is. Returns the "
            + "tracking number, the handling office and the acceptance deadline (5 working days). Requires an "
            + "Idempotency-Key: a retry never files a second complaint.")
    @APIResponseSchema(value = WageComplaintView.class, responseCode = "201", responseDescription = "Created")
    public Response file(
            @Parameter(description = "Unique per complaint; retries reuse it", required = true, example = IDEMPOTENCY_EXAMPLE)
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull @Valid WageComplaintRequest request, @Context UriInfo uri) {
        return file(idempotencyKey, uri, request, () -> cases().file(request));
    }

    @GET
    @Operation(summary = "List complaints", description = "A worker sees their own, newest first; an inspector the queue "
            + "of their office (a city-level inspector may pass another jurisdiction), soonest due first.")
    public Page<WageComplaintSummary> list(@Valid @BeanParam CaseListQuery query, @Valid @BeanParam PageRequest page) {
        return cases().list(query.filter(), page);
    }
}
