package io.mwportal.wages;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import io.mwportal.platform.validation.UnifiedSocialCreditCode;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.PublicRead;
import io.mwportal.platform.web.Versioned;
import io.mwportal.wages.ArrearsListEntry.State;
import io.mwportal.wages.WageViews.ArrearsListEntryView;
import io.mwportal.wages.WageViews.ArrearsListRemoval;
import io.mwportal.wages.WageViews.ArrearsListRequest;
import io.mwportal.wages.WageViews.ClusterDetailView;
import io.mwportal.wages.WageViews.ClusterView;
import io.mwportal.wages.WageViews.EmployerRecordView;

/**
 * Early warning and the employer compliance record (seed measure 4): clusters of filings that raised a warning, the
 * list of employers named for serious wage arrears, and an employer's record.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wage arrears: early warning and employer records")
public class ArrearsWarningResource {

    @Inject
    ArrearsClusters clusters;

    @Inject
    ArrearsListService list;

    @Inject
    IdempotencyService idempotency;

    @GET
    @Path("/wage-clusters")
    @RolesAllowed(Roles.LABOUR_INSPECTOR)
    @Operation(summary = "Clusters that raised an early warning", description = "Complaints and reports naming the "
            + "same employer, project or general contractor within 90 days that crossed a threshold (filings, "
            + "workers, amount), the latest warning first: those touching the inspector's office (city level: all).")
    public Page<ClusterView> warned(@Valid @BeanParam PageRequest page) {
        return clusters.warned(page);
    }

    @GET
    @Path("/wage-clusters/{id}")
    @RolesAllowed(Roles.LABOUR_INSPECTOR)
    @Operation(summary = "One cluster", description = "The office's own cases by tracking number; other offices' "
            + "as counts only. 404 for a cluster that touches no case of the office (city level: any).")
    public ClusterDetailView cluster(@PathParam("id") long id) {
        return clusters.detail(id);
    }

    @GET
    @Path("/employer-records")
    @RolesAllowed({ Roles.LABOUR_INSPECTOR, Roles.JOB_CENTER })
    @Operation(summary = "An employer's compliance record", description = "By name (written any way) or unified "
            + "social credit code: its complaints by outcome, amounts ordered and recovered, police referrals, open "
            + "orders to pay and its entries on the list of employers named for serious arrears.")
    public EmployerRecordView record(
            @Parameter(example = "锦州某建筑劳务有限公司") @QueryParam("name") @Size(min = 1, max = 200) String name,
            @Parameter(example = "91210700MA0Y0D6U42") @QueryParam("creditCode") @UnifiedSocialCreditCode
            String creditCode) {
        return list.record(name, creditCode);
    }

    @GET
    @Path("/arrears-list")
    @PermitAll
    @PublicRead
    @Operation(operationId = "listArrearsListEntries", summary = "Employers named for serious wage arrears", description = "拖欠农民工工资失信联合惩戒对象名单: "
            + "anyone sees the names listed today (a name stays 3 years unless removed early); labour inspectors, "
            + "job centres and administrators see every entry and may filter by `state`.")
    public Page<ArrearsListEntryView> arrearsList(@QueryParam("state") State state,
            @Valid @BeanParam PageRequest page) {
        return list.list(state, page);
    }

    @GET
    @Path("/arrears-list/{id}")
    @PermitAll
    @Operation(operationId = "getArrearsListEntry", summary = "One entry of the list", description = "Anyone while it is listed; officers always.")
    public RestResponse<ArrearsListEntryView> arrearsListEntry(@PathParam("id") long id) {
        return EntityTags.ok(list.get(id));
    }

    @POST
    @Path("/arrears-list")
    @RolesAllowed({ Roles.LABOUR_INSPECTOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a name on the list", description = "With the day of the decision, its legal basis and "
            + "the facts; it leaves the list 3 years later unless removed earlier. Requires an Idempotency-Key.")
    @APIResponseSchema(value = ArrearsListEntryView.class, responseCode = "201", responseDescription = "Created")
    public Response include(
            @Parameter(required = true, example = "3f1c2b9e-8a61-4c7d-9a0e-5b2d7c4e1f90")
            @HeaderParam(IdempotencyService.HEADER) String key,
            @NotNull @Valid ArrearsListRequest request) {
        return idempotency.create(key, "POST /api/v1/arrears-list", request, () -> {
            Versioned<ArrearsListEntryView> created = list.include(request);
            return Created.created(URI.create("/api/v1/arrears-list/" + created.body().id()), created.body(),
                    created.version());
        });
    }

    @POST
    @Path("/arrears-list/{id}/actions/remove")
    @RolesAllowed({ Roles.LABOUR_INSPECTOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a name off the list early", description = "Once the employer has paid and pledged, "
            + "and 6 months after inclusion at the earliest. Honours If-Match.")
    public RestResponse<ArrearsListEntryView> remove(@PathParam("id") long id,
            @Parameter(example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ArrearsListRemoval removal) {
        return EntityTags.ok(list.remove(id, ifMatch, removal.reason()));
    }
}
