package io.mwportal.training;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.validation.PlausibleDate;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.PublicRead;
import io.mwportal.platform.web.Versioned;
import io.mwportal.training.Course.CourseMode;
import io.mwportal.training.TrainingViews.CancelRequest;
import io.mwportal.training.TrainingViews.CourseRequest;
import io.mwportal.training.TrainingViews.CourseView;
import io.mwportal.training.TrainingViews.SessionRequest;
import io.mwportal.training.TrainingViews.SessionView;

@Path("/api/v1/training/courses")
@Tag(name = "Training", description = "Subsidised vocational training: courses, sessions, enrolment, subsidies")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    private static final String KEY_EXAMPLE = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";

    @Inject
    CourseService courses;

    @Inject
    IdempotencyService idempotency;

    @GET
    @PermitAll
    @PublicRead
    @Operation(summary = "Browse published courses", description = "Anyone. Filters: occupation code or group "
            + "prefix (e.g. 6-18), district, mode, a session starting after a date, free seats. Newest first.")
    public Page<CourseView> browse(
            @Parameter(example = "6-18-02-04") @QueryParam("occupation") @Pattern(regexp = "\\d(-\\d{2}){0,3}") @Schema(maxLength = 10) String occupation,
            @Parameter(example = "210702") @QueryParam("district") @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) String district,
            @QueryParam("mode") CourseMode mode,
            @Parameter(example = "2027-01-01") @QueryParam("startingAfter") @PlausibleDate LocalDate startingAfter,
            @QueryParam("hasFreeSeats") Boolean hasFreeSeats,
            @Valid @BeanParam PageRequest page) {
        return courses.browse(new CourseService.BrowseFilter(occupation, district, mode, startingAfter, hasFreeSeats),
                page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @PublicRead
    @Operation(summary = "One course with its sessions and free seats", description = "Drafts only for the officers "
            + "who manage them.")
    public RestResponse<CourseView> get(@PathParam("id") long id) {
        return EntityTags.ok(courses.versioned(courses.visible(id)));
    }

    @POST
    @RolesAllowed(Roles.TRAINING_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a course (draft)", description = "In the officer's jurisdiction (city level: any). "
            + "Requires an Idempotency-Key.")
    @APIResponseSchema(value = CourseView.class, responseCode = "201", responseDescription = "Created")
    public Response create(
            @Parameter(required = true, example = KEY_EXAMPLE) @HeaderParam(IdempotencyService.HEADER) String key,
            @NotNull @Valid CourseRequest request) {
        return idempotency.create(key, "POST /api/v1/training/courses", request, () -> {
            Versioned<CourseView> created = courses.create(request);
            return Created.created(URI.create("/api/v1/training/courses/" + created.body().id()), created.body(),
                    created.version());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.TRAINING_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a course", description = "Honours If-Match (412 when stale).")
    public RestResponse<CourseView> update(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CourseRequest request) {
        return EntityTags.ok(courses.update(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/actions/publish")
    @RolesAllowed(Roles.TRAINING_OFFICER)
    @Operation(summary = "Publish a draft course", description = "Honours If-Match.")
    public RestResponse<CourseView> publish(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        return EntityTags.ok(courses.publish(id, ifMatch));
    }

    @POST
    @Path("/{id}/actions/cancel")
    @RolesAllowed(Roles.TRAINING_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a course", description = "Cancels its sessions; every enrolled or waitlisted worker "
            + "sees the reason on their enrolment. Honours If-Match.")
    public RestResponse<CourseView> cancel(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CancelRequest request) {
        return EntityTags.ok(courses.cancel(id, ifMatch, request.reason()));
    }

    @POST
    @Path("/{id}/sessions")
    @RolesAllowed(Roles.TRAINING_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a session", description = "Dates, schedule and seats. Requires an Idempotency-Key.")
    @APIResponseSchema(value = SessionView.class, responseCode = "201", responseDescription = "Created")
    public Response addSession(@PathParam("id") long id,
            @Parameter(required = true, example = KEY_EXAMPLE) @HeaderParam(IdempotencyService.HEADER) String key,
            @NotNull @Valid SessionRequest request) {
        return idempotency.create(key, "POST /api/v1/training/courses/" + id + "/sessions", request, () -> {
            SessionView session = courses.addSession(id, request);
            return Created.created(URI.create("/api/v1/training/courses/" + id), session, null);
        });
    }
}
