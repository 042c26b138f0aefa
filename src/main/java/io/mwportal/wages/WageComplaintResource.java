package io.mwportal.wages;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.casework.CaseQueue.ListFilter;
import io.mwportal.casework.CaseResource;
import io.mwportal.casework.CaseTypeService;
import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.idempotency.IdempotencyService.Created;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.Versioned;
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
public class WageComplaintResource extends CaseResource<WageComplaintView, WageActionRequest> {

    @Inject
    WageComplaintService complaints;

    @Override
    protected CaseTypeService<WageComplaintView, WageActionRequest> cases() {
        return complaints;
    }

    @POST
    @RolesAllowed(Roles.WORKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a wage-arrears complaint", description = "Routed to the city's labour inspection for "
            + "projects led by the city government, otherwise to the district where the work is. Returns the "
            + "tracking number, the handling office and the acceptance deadline (5 working days). Requires an "
            + "Idempotency-Key: a retry never files a second complaint.")
    public Response file(
            @Parameter(description = "Unique per complaint; retries reuse it", required = true, example = IDEMPOTENCY_EXAMPLE)
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull @Valid WageComplaintRequest request) {
        return idempotency.create(idempotencyKey, "POST /api/v1/wage-complaints", request, () -> {
            Versioned<WageComplaintView> filed = complaints.file(request);
            return Created.created(URI.create("/api/v1/wage-complaints/" + filed.body().trackingNumber()),
                    filed.body(), filed.version());
        });
    }

    @GET
    @Operation(summary = "List complaints", description = "A worker sees their own, newest first; an inspector the queue "
            + "of their office (a city-level inspector may pass another jurisdiction), soonest due first.")
    public Page<WageComplaintSummary> list(
            @Parameter(example = "SUBMITTED") @QueryParam("status") @Pattern(regexp = "[A-Z_]{1,40}") String status,
            @Parameter(description = "Only overdue (true) or only not overdue (false)") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Due within this many calendar days", example = "3")
            @QueryParam("dueWithinDays") @Min(0) @Max(365) Integer dueWithinDays,
            @Parameter(description = "City-level inspectors: another office's queue", example = "210702")
            @QueryParam("jurisdiction") @Pattern(regexp = "\\d{6}") String jurisdiction,
            @Valid @BeanParam PageRequest page) {
        return complaints.list(new ListFilter(status, overdue, dueWithinDays, jurisdiction), page);
    }

    /** The body is read as a complaint's action ({@link WageActionRequest}); the rest is the kernel's. */
    @Override
    public Response act(String trackingNumber, String action, String ifMatch, WageActionRequest request) {
        return super.act(trackingNumber, action, ifMatch, request);
    }
}
