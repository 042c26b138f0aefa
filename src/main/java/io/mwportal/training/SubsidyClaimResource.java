package io.mwportal.training;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.PublicRead;
import io.mwportal.training.TrainingViews.ClaimView;
import io.mwportal.training.TrainingViews.DecisionRequest;
import io.mwportal.training.TrainingViews.ProgressView;
import io.mwportal.training.TrainingViews.ShortageListRequest;

@Path("/api/v1/training")
@Tag(name = "Training")
@Produces(MediaType.APPLICATION_JSON)
public class SubsidyClaimResource {

    @Inject
    SubsidyService subsidies;

    @Inject
    TrainingProgressService progress;

    @Inject
    ShortageOccupationService shortage;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @GET
    @Path("/subsidy-claims")
    @RolesAllowed({ Roles.WORKER, Roles.TRAINING_OFFICER })
    @Operation(summary = "Subsidy claims", description = "A worker's own; an officer's jurisdiction (city level: all).")
    public Page<ClaimView> list(@QueryParam("status") SubsidyClaim.Status status, @Valid @BeanParam PageRequest page) {
        return subsidies.list(status, page);
    }

    @GET
    @Path("/subsidy-claims/{id}")
    @RolesAllowed({ Roles.WORKER, Roles.TRAINING_OFFICER })
    @Operation(summary = "One subsidy claim")
    public RestResponse<ClaimView> get(@PathParam("id") long id) {
        return EntityTags.ok(subsidies.get(id));
    }

    @POST
    @Path("/subsidy-claims/{id}/actions/approve")
    @RolesAllowed(Roles.TRAINING_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a subsidy claim", description = "Amount: at most the course's subsidy, which is also "
            + "the default. Honours If-Match.")
    public RestResponse<ClaimView> approve(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid DecisionRequest decision) {
        return EntityTags.ok(subsidies.decide(id, true, ifMatch, decision));
    }

    @POST
    @Path("/subsidy-claims/{id}/actions/reject")
    @RolesAllowed(Roles.TRAINING_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a subsidy claim", description = "With the reason. Honours If-Match.")
    public RestResponse<ClaimView> reject(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid DecisionRequest decision) {
        return EntityTags.ok(subsidies.decide(id, false, ifMatch, decision));
    }

    @GET
    @Path("/shortage-occupations/{year}")
    @PermitAll
    @PublicRead
    @Operation(summary = "Occupations in short supply (紧缺职业目录) in a year", description = "The list in force in "
            + "the year: its own, or the latest earlier one. A worker gets one training subsidy a year, plus up to two "
            + "more for occupations on this list.")
    public RestResponse<TrainingViews.ShortageListView> shortageList(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return EntityTags.ok(shortage.get(year));
    }

    @PUT
    @Path("/shortage-occupations/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load a year's shortage list", description = "Replaces the year's list (audited). Honours "
            + "If-Match when the year has a list of its own.")
    public RestResponse<TrainingViews.ShortageListView> loadShortageList(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ShortageListRequest request) {
        return EntityTags.ok(shortage.load(year, ifMatch, request));
    }

    @GET
    @Path("/progress")
    @PermitAll
    @PublicRead
    @Operation(summary = "Progress against the 10,000-enrolments-a-year target", description = "Anyone: enrolments, "
            + "completions and approved subsidies of a year, by district and programme. Analysts, training officers "
            + "and admins also get the subsidy amount.")
    public ProgressView progress(@Parameter(example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        boolean detailed = !user.isAnonymous()
                && (user.hasRole(Roles.ANALYST) || user.hasRole(Roles.TRAINING_OFFICER) || user.hasRole(Roles.ADMIN));
        return progress.progress(year != null ? year : PortalTime.today(clock).getYear(), detailed);
    }
}
