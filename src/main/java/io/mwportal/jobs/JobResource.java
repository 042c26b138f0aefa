package io.mwportal.jobs;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.mwportal.jobs.JobViews.ApplicationRequest;
import io.mwportal.jobs.JobViews.ApplicationView;
import io.mwportal.jobs.JobViews.VacancyRequest;
import io.mwportal.jobs.JobViews.VacancySummary;
import io.mwportal.jobs.JobViews.VacancyView;
import io.mwportal.jobs.Vacancy.EmploymentType;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.idempotency.IdempotencyService;
import io.mwportal.platform.idempotency.IdempotencyService.Created;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.validation.PlausibleDate;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.PublicRead;
import io.mwportal.platform.web.PublicUrls;
import io.mwportal.platform.web.Versioned;

@Path("/api/v1")
@Tag(name = "Jobs", description = "A free, city-wide, non-discriminatory vacancy service (seed measure 1)")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private static final String KEY_EXAMPLE = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e";
    public static final String LD_JSON = "application/ld+json";

    @Inject
    JobSearchService search;

    @Inject
    PublicUrls urls;

    @Inject
    VacancyService vacancies;

    @Inject
    JobApplicationService applications;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    IdempotencyService idempotency;

    @GET
    @Path("/jobs")
    @PermitAll
    @PublicRead
    @Operation(summary = "Search vacancies", description = "Anyone. Chinese keyword (title, duties, employer; two "
            + "characters such as 焊工 match), district, occupation code or group (e.g. 6-29), minimum monthly pay "
            + "(day and hour pay converted with 21.75 days / 174 hours a month), employment type, posted since. "
            + "Newest first; expired vacancies never appear. No total count; `hasNext` tells whether there is more. "
            + "A page holds at most 60 results (`size` ≤ 60) and pages by number reach 60 results deep (`page` × "
            + "`size` + `size` ≤ 60, 3 pages of 20); to go on, pass the page's `next` as `after` (any depth, each "
            + "page as fast as the first; `page` stays 0).")
    public Page<VacancySummary> search(
            @Parameter(example = "焊工") @QueryParam("q") @Size(min = 1, max = 50) String keyword,
            @Parameter(example = "210702") @QueryParam("district") @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) String district,
            @Parameter(example = "6-18-02-04") @QueryParam("occupation") @Pattern(regexp = "\\d(-\\d{2}){0,3}") @Schema(maxLength = 10) String occupation,
            @Parameter(example = "4000") @QueryParam("minPay") @DecimalMin("0") @DecimalMax("100000000") BigDecimal minPay,
            @QueryParam("employmentType") EmploymentType employmentType,
            @Parameter(example = "2026-11-01") @QueryParam("postedSince") @PlausibleDate LocalDate postedSince,
            @Parameter(description = "The `next` of the previous page") @QueryParam("after") @Size(max = 64) String after,
            @Valid @BeanParam PageRequest page) {
        return search.search(new JobSearchService.Filter(keyword, district, occupation, minPay, employmentType,
                postedSince, after), page);
    }

    @GET
    @Path("/jobs/{id}")
    @PermitAll
    @PublicRead
    @Produces({ MediaType.APPLICATION_JSON, LD_JSON })
    @Operation(summary = "One vacancy", description = "JSON, or with `Accept: application/ld+json` its schema.org "
            + "JobPosting. Published and unexpired vacancies for anyone; a job centre also sees its own in any state.")
    @APIResponse(responseCode = "200", description = "The vacancy", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VacancyView.class)),
            @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A schema.org JobPosting (https://schema.org/JobPosting)")) })
    public Response get(@PathParam("id") long id, @HeaderParam("Accept") String accept) {
        Versioned<VacancyView> vacancy = vacancies.visible(id);
        if (accept != null && accept.contains(LD_JSON)) {
            String districtName = referenceData.jurisdiction(vacancy.body().district()).nameZh;
            Map<String, Object> posting = JobPostingLd.of(vacancy.body(), districtName, urls.base());
            return Response.ok(posting, LD_JSON).tag(EntityTags.of(vacancy.version())).build();
        }
        return EntityTags.ok(vacancy).toResponse();
    }


    @GET
    @Path("/job-center/vacancies")
    @RolesAllowed(Roles.JOB_CENTER)
    @Operation(summary = "My centre's vacancies", description = "Every state; newest first.")
    public Page<VacancyView> mine(@QueryParam("status") Vacancy.Status status, @Valid @BeanParam PageRequest page) {
        return vacancies.mine(status, page);
    }

    @POST
    @Path("/jobs")
    @RolesAllowed(Roles.JOB_CENTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a vacancy (draft)", description = "Job centres, and partner apps with the "
            + "vacancies:publish scope for their centre. Checked: required fields, pay ≥ local minimum wage, known "
            + "occupation, valid-through within the horizon, and the discrimination screen (422 with the offending "
            + "phrases in errors[]). Requires an Idempotency-Key.")
    @APIResponseSchema(value = VacancyView.class, responseCode = "201", responseDescription = "Created")
    public Response create(
            @Parameter(required = true, example = KEY_EXAMPLE) @HeaderParam(IdempotencyService.HEADER) String key,
            @NotNull @Valid VacancyRequest request) {
        return idempotency.create(key, "POST /api/v1/jobs", request, () -> {
            Versioned<VacancyView> created = vacancies.create(request);
            return Created.created(URI.create("/api/v1/jobs/" + created.body().id()), created.body(), created.version());
        });
    }

    @PUT
    @Path("/jobs/{id}")
    @RolesAllowed(Roles.JOB_CENTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a vacancy", description = "Same checks as creating. Honours If-Match.")
    public RestResponse<VacancyView> update(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @NotNull @Valid VacancyRequest request) {
        return EntityTags.ok(vacancies.update(id, ifMatch, request));
    }

    @POST
    @Path("/jobs/{id}/actions/{action}")
    @RolesAllowed(Roles.JOB_CENTER)
    @Operation(summary = "Publish, withdraw or mark filled", description = "Actions: publish, withdraw, mark-filled, "
            + "release. Publishing the vacancy of an employer on the list of employers named for serious wage arrears, "
            + "or with an open order to pay, holds it instead: the vacancy is saved as HELD with `holdReason`, and the "
            + "answer is 409 `VACANCY_HELD_FOR_REVIEW`; the job centre's staff (not a partner app) release it after "
            + "review. Honours If-Match.")
    public RestResponse<VacancyView> act(@PathParam("id") long id, @Parameter(example = "publish") @PathParam("action") @Schema(maxLength = 40) String action,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        Versioned<VacancyView> changed = vacancies.act(id, action, ifMatch);
        if (action.equals("publish") && changed.body().status() == Vacancy.Status.HELD) {
            // The hold is saved (the service's transaction committed); the caller learns why it is not published.
            throw new ProblemException(409, "VACANCY_HELD_FOR_REVIEW", changed.body().holdReason());
        }
        return EntityTags.ok(changed);
    }

    @POST
    @Path("/jobs/{id}/applications")
    @RolesAllowed(Roles.WORKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply to a vacancy", description = "Once per worker and vacancy. Requires an Idempotency-Key.")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201", responseDescription = "Created")
    public Response apply(@PathParam("id") long id,
            @Parameter(required = true, example = KEY_EXAMPLE) @HeaderParam(IdempotencyService.HEADER) String key,
            @NotNull @Valid ApplicationRequest request) {
        return idempotency.create(key, "POST /api/v1/jobs/" + id + "/applications", request, () -> {
            ApplicationView created = applications.apply(id, request);
            return Created.created(URI.create("/api/v1/job-applications/" + created.id()), created, null);
        });
    }

    @GET
    @Path("/jobs/{id}/applications")
    @RolesAllowed(Roles.JOB_CENTER)
    @Operation(summary = "A vacancy's applications", description = "For the vacancy's own job centre.")
    public Page<ApplicationView> applications(@PathParam("id") long id, @Valid @BeanParam PageRequest page) {
        return applications.forVacancy(id, page);
    }

    @GET
    @Path("/job-applications")
    @RolesAllowed(Roles.WORKER)
    @Operation(operationId = "listMyJobApplications", summary = "My applications")
    public Page<ApplicationView> myApplications(@Valid @BeanParam PageRequest page) {
        return applications.mine(page);
    }
}
