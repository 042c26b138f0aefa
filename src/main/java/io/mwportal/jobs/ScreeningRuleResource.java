package io.mwportal.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.jobs.JobViews.ScreeningRuleView;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;

@Path("/api/v1/admin/screening-rules")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ScreeningRuleResource {

    @Inject
    VacancyService vacancies;

    @GET
    @Operation(summary = "The discrimination screen's rules", description = "Every rule with its kind, category, "
            + "pattern and statute, in the order they apply. Rules are data: a migration adds rows.")
    public Page<ScreeningRuleView> list(@Valid @BeanParam PageRequest page) {
        return vacancies.screeningRules(page);
    }
}
