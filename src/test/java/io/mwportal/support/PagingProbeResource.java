package io.mwportal.support;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.reference.Department;
import io.quarkus.panache.common.Sort;

/** Test-only: pages over the departments, to prove the paging shape before the first feature list uses it. */
@Path("/test-support/paged-departments")
@Produces(MediaType.APPLICATION_JSON)
public class PagingProbeResource {

    @GET
    @PermitAll
    public Page<String> list(@Valid @BeanParam PageRequest page) {
        return Page.of(Department.findAll(Sort.by("code")), page, (Department d) -> d.code, true);
    }
}
