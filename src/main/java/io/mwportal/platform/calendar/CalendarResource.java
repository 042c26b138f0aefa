package io.mwportal.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.mwportal.platform.calendar.CalendarViews.CalendarYearRequest;
import io.mwportal.platform.calendar.CalendarViews.CalendarYearSummary;
import io.mwportal.platform.calendar.CalendarViews.CalendarYearView;
import io.mwportal.platform.calendar.CalendarViews.DueDateView;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.validation.PlausibleDate;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.PublicRead;

@Path("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working days, statutory holidays and make-up working days (调休)")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    CalendarService calendarService;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @GET
    @Path("/years")
    @PermitAll
    @PublicRead
    @Operation(summary = "Years whose holiday schedule is loaded")
    public List<CalendarYearSummary> years() {
        return calendarService.years();
    }

    @GET
    @Path("/years/{year}")
    @PermitAll
    @PublicRead
    @Operation(summary = "A year's holiday schedule", description = "404 while the year's schedule is not published.")
    public RestResponse<CalendarYearView> year(@PathParam("year") @Min(2000) @Max(2100) int year) {
        CalendarYear calendarYear = calendarService.year(year);
        return EntityTags.ok(calendarService.view(calendarYear, null), calendarYear.version);
    }

    @PUT
    @Path("/years/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load or replace a year's holiday schedule",
            description = "Recomputes every open deadline that the year touches. 201 when the year is new, 200 when "
                    + "it replaced a schedule. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "The schedule was replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarYearView.class)))
    @APIResponse(responseCode = "201", description = "The year was new",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarYearView.class)))
    public Response load(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "ETag of the schedule being replaced", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CalendarYearRequest request) {
        CalendarService.Loaded loaded = calendarService.load(year, request, ifMatch, user.username());
        return Response.status(loaded.created() ? 201 : 200)
                .entity(calendarService.view(loaded.year(), loaded.recomputedDeadlines()))
                .tag(EntityTags.of(loaded.year().version)).build();
    }

    @GET
    @Path("/due-date")
    @PermitAll
    @PublicRead
    @Operation(summary = "Compute a deadline", description = "The date `amount` working (or natural) days after "
            + "`from` (default: today in Asia/Shanghai), as the portal's statutory clocks count it.")
    public DueDateView dueDate(
            @Parameter(example = "2026-02-13") @QueryParam("from") @PlausibleDate LocalDate from,
            @Parameter(example = "5") @QueryParam("amount") @NotNull @Min(0) @Max(3650) Integer amount,
            @QueryParam("unit") @DefaultValue("WORKING_DAYS") DeadlineUnit unit) {
        LocalDate start = from != null ? from : PortalTime.today(clock);
        DueDate due = calendar.add(start, amount, unit);
        return new DueDateView(start, amount, unit, due.date(), due.provisional());
    }
}
