package io.mwportal.platform.reference;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.platform.reference.ReferenceViews.DepartmentView;
import io.mwportal.platform.reference.ReferenceViews.MeasureView;
import io.mwportal.platform.web.PublicRead;

@Path("/api/v1")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@PublicRead
public class PolicyMeasureResource {

    @Inject
    ReferenceDataService referenceData;

    @GET
    @Path("/policy-measures")
    @Operation(summary = "Service directory: the 19 measures of the city's policy document",
            description = "Each measure with its lead and cooperating departments and the portal service that "
                    + "puts it online.")
    public List<MeasureView> measures() {
        return referenceData.measures();
    }

    @GET
    @Path("/policy-measures/{number}")
    @Operation(summary = "One policy measure")
    public MeasureView measure(@PathParam("number") int number) {
        return referenceData.measure(number);
    }

    @GET
    @Path("/departments")
    @Operation(summary = "The city departments named by the policy document")
    public List<DepartmentView> departments() {
        return referenceData.departments();
    }
}
