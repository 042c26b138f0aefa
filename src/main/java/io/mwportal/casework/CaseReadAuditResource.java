package io.mwportal.casework;

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

import io.mwportal.casework.CaseViews.CaseReadView;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.Roles;

@Path("/api/v1/admin/case-reads")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CaseReadAuditResource {

    @Inject
    ReadAudit readAudit;

    @GET
    @Operation(summary = "Officer reads of cases", description = "Every read of a case, its history or its evidence "
            + "by an officer (PIPL): which case, who, role, office, what, when. Newest first; filter by tracking "
            + "number, reader and time. Every read of this list is itself recorded in the audit (object AUDIT).")
    public Page<CaseReadView> list(@Valid @BeanParam CaseReadQuery query, @Valid @BeanParam PageRequest page) {
        return readAudit.list(query, page);
    }
}
