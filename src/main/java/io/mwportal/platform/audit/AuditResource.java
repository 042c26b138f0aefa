package io.mwportal.platform.audit;

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

import io.mwportal.platform.audit.AuditViews.AuditEntryView;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;

@Path("/api/v1/admin/audit-entries")
@Tag(name = "Audit", description = "Who changed or read what (admins)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "Officer and admin changes", description = "Vacancies, courses and sessions, enrolment "
            + "results, subsidy decisions, jurisdictions and calendars: who (name, role, office, client app), when, "
            + "which object, and before/after of each changed field. Newest first; filter by object, actor and time. "
            + "Every read of the audit is itself recorded (object AUDIT).")
    public Page<AuditEntryView> list(@Valid @BeanParam AuditQuery query, @Valid @BeanParam PageRequest page) {
        return audit.changes(query, page);
    }
}
