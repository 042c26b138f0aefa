package io.mwportal.training;

import java.net.URI;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.idempotency.IdempotencyService.Created;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;
import io.mwportal.training.TrainingViews.ClaimView;
import io.mwportal.training.TrainingViews.CompletionRequest;
import io.mwportal.training.TrainingViews.EnrolmentView;
import io.mwportal.training.TrainingViews.RosterView;

@Path("/api/v1/training")
@Tag(name = "Training")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    private static final String KEY_EXAMPLE = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    @Inject
    EnrolmentService enrolments;

    @Inject
    SubsidyService subsidies;

    @Inject
    IdempotencyService idempotency;

    @POST
    @Path("/sessions/{sessionId}/enrolments")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "Enrol in a session", description = "Confirmed while seats remain, otherwise waitlisted with "
            + "a position; promoted automatically when a seat frees. Once per worker and session. Requires an "
            + "Idempotency-Key.")
    @APIResponseSchema(value = EnrolmentView.class, responseCode = "201", responseDescription = "Created")
    public Response enrol(@PathParam("sessionId") long sessionId,
            @Parameter(required = true, example = KEY_EXAMPLE) @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.create(key, "POST /api/v1/training/sessions/" + sessionId + "/enrolments", sessionId, () -> {
            Versioned<EnrolmentView> enrolment = enrolments.enrol(sessionId);
            return Created.created(URI.create("/api/v1/training/enrolments/" + enrolment.body().id()),
                    enrolment.body(), enrolment.version());
        });
    }

    @GET
    @Path("/sessions/{sessionId}/roster")
    @RolesAllowed(Roles.TRAINING_OFFICER)
    @Operation(summary = "A session's enrolment list and waitlist", description = "For the officers who manage the course.")
    public RosterView roster(@PathParam("sessionId") long sessionId) {
        return enrolments.roster(sessionId);
    }

    @GET
    @Path("/enrolments")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "My enrolments", description = "Newest first, with waitlist positions (what happened to them: `GET /api/v1/me/notifications`).")
    public Page<EnrolmentView> mine(@Valid @BeanParam PageRequest page) {
        return enrolments.mine(page);
    }

    @GET
    @Path("/enrolments/{id}")
    @RolesAllowed({ Roles.WORKER, Roles.TRAINING_OFFICER })
    @Operation(summary = "One enrolment")
    public RestResponse<EnrolmentView> get(@PathParam("id") long id) {
        return EntityTags.ok(enrolments.get(id));
    }

    @POST
    @Path("/enrolments/{id}/actions/cancel")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "Cancel my enrolment", description = "A freed seat goes to the first on the waitlist. "
            + "Honours If-Match.")
    public RestResponse<EnrolmentView> cancel(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        return EntityTags.ok(enrolments.cancel(id, ifMatch));
    }

    @POST
    @Path("/enrolments/{id}/actions/complete")
    @RolesAllowed(Roles.TRAINING_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record completion", description = "With the certificate number. Honours If-Match.")
    public RestResponse<EnrolmentView> complete(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CompletionRequest request) {
        return EntityTags.ok(enrolments.complete(id, ifMatch, request.certificateNumber()));
    }

    @POST
    @Path("/enrolments/{id}/actions/no-show")
    @RolesAllowed(Roles.TRAINING_OFFICER)
    @Operation(summary = "Record that a confirmed worker did not attend", description = "Honours If-Match.")
    public RestResponse<EnrolmentView> noShow(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        return EntityTags.ok(enrolments.noShow(id, ifMatch));
    }

    @POST
    @Path("/enrolments/{id}/subsidy-claims")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "Claim the training subsidy of a completed enrolment", description = "Refused (422, reason "
            + "in the problem) when the worker already had it for the occupation and level, holds a higher level, or "
            + "reached the yearly cap. Requires an Idempotency-Key.")
    @APIResponseSchema(value = ClaimView.class, responseCode = "201", responseDescription = "Created")
    public Response claim(@PathParam("id") long id,
            @Parameter(required = true, example = KEY_EXAMPLE) @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.create(key, "POST /api/v1/training/enrolments/" + id + "/subsidy-claims", id, () -> {
            Versioned<ClaimView> claim = subsidies.claim(id);
            return Created.created(URI.create("/api/v1/training/subsidy-claims/" + claim.body().id()), claim.body(),
                    claim.version());
        });
    }
}
