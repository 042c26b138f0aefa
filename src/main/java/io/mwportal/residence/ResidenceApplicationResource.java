package io.mwportal.residence;

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
import io.mwportal.residence.ResidenceViews.ApplicationRequest;
import io.mwportal.residence.ResidenceViews.ApplicationSummary;
import io.mwportal.residence.ResidenceViews.ApplicationView;
import io.mwportal.residence.ResidenceViews.ResidenceActionRequest;

/**
 * Residence-permit applications (seed measure 9): workers apply and follow them; residence officers (the police)
 * decide. Applying and lists here; one application, its history, its actions and evidence (photo, documents) are the
 * case kernel's endpoints ({@link CaseResource}). Actions: officer assign, request-supplement, accept, extend, issue,
 * record-collection, refuse, transfer, take-over (city level); applicant supplement, withdraw.
 */
@Path("/api/v1/residence-permit-applications")
@Tag(name = "Residence permits", description = "Workers apply for and endorse residence permits; the police decide; "
        + "schools, hospitals and employers verify")
@RolesAllowed({ Roles.WORKER, Roles.RESIDENCE_OFFICER })
public class ResidenceApplicationResource
        extends CaseResource<ApplicationView, ResidenceActionRequest, ResidenceService> {

    @Inject
    public ResidenceApplicationResource(ResidenceService applications) {
        super(applications);
    }

    @GET
    @Operation(summary = "List residence-permit applications", description = "An applicant sees their own, newest "
            + "first; an officer the queue of their office: soonest issue date first, then applications not yet "
            + "accepted, oldest first (a city-level officer may pass another jurisdiction).")
    public Page<ApplicationSummary> list(@Valid @BeanParam CaseListQuery query, @Valid @BeanParam PageRequest page) {
        return cases().list(query.filter(), page);
    }

    @POST
    @RolesAllowed(Roles.WORKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply for a residence permit", description = "For oneself, or as guardian or close "
            + "relative of someone under 16, elderly or disabled (agent). Eligibility is decided now: residence "
            + "registered more than 6 months ago and at least one basis (stable job, home or schooling). Anything "
            + "missing or not yet eligible is one 422 (APPLICATION_INCOMPLETE) listing every item in errors[]. One "
            + "open application and one permit per person (409). Upload the photo and documents as attachments. "
            + "Requires an Idempotency-Key.")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201", responseDescription = "Created")
    public Response apply(@Parameter(description = "Unique per application; retries reuse it", required = true,
            example = IDEMPOTENCY_EXAMPLE) @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull @Valid ApplicationRequest application, @Context UriInfo uri) {
        return file(idempotencyKey, uri, application, () -> cases().submit(application));
    }
}
