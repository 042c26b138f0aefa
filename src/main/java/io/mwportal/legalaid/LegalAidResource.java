package io.mwportal.legalaid;


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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.casework.CaseListQuery;
import io.mwportal.casework.CaseResource;
import io.mwportal.legalaid.LegalAidViews.LegalAidActionRequest;
import io.mwportal.legalaid.LegalAidViews.LegalAidApplication;
import io.mwportal.legalaid.LegalAidViews.LegalAidSummary;
import io.mwportal.legalaid.LegalAidViews.LegalAidView;
import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;

/**
 * Legal aid (seed measure 8): workers apply and follow their requests; legal-aid officers decide them. Applying and
 * lists here; one request, its history, its actions and evidence are the case kernel's endpoints
 * ({@link CaseResource}). Actions: officer assign (to a colleague or oneself), grant-provisional (urgent only), request-supplement,
 * approve, assign-lawyer, refuse, uphold-refusal, order-aid, transfer, take-over (city level), record-outcome,
 * close; applicant supplement, object (once, in time), withdraw.
 */
@Path("/api/v1/legal-aid-requests")
@Tag(name = "Legal aid", description = "Workers apply for legal aid; legal-aid officers decide")
@RolesAllowed({ Roles.WORKER, Roles.LEGAL_AID_OFFICER })
public class LegalAidResource extends CaseResource<LegalAidView, LegalAidActionRequest, LegalAidService> {

    @Inject
    public LegalAidResource(LegalAidService legalAid) {
        super(legalAid);
    }

    @GET
    @Operation(summary = "List legal-aid requests", description = "An applicant sees their own, newest first; an "
            + "officer the queue of their office: urgent first, then overdue, then soonest due (a city-level officer "
            + "may pass another jurisdiction).")
    public Page<LegalAidSummary> list(@Valid @BeanParam CaseListQuery query, @Valid @BeanParam PageRequest page) {
        return cases().list(query.filter(), page);
    }

    @POST
    @RolesAllowed(Roles.WORKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply for legal aid", description = "Pay and work-injury claims skip the means check (green "
            + "channel, 法律援助法 Art 42); other matters need the hardship declaration. A hearing or limitation date "
            + "fewer than 7 days away makes the request urgent (Art 44). May name the applicant's own wage "
            + "complaint (someone else's is 404). Decided within 7 working days. Requires an Idempotency-Key.")
    @APIResponseSchema(value = LegalAidView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "404", description = "The wage complaint named is not the applicant's (or none)")
    public Response apply(@Parameter(description = "Unique per request; retries reuse it", required = true,
            example = IDEMPOTENCY_EXAMPLE) @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @NotNull @Valid LegalAidApplication application, @Context UriInfo uri) {
        return file(idempotencyKey, uri, application, () -> cases().submit(application));
    }
}
