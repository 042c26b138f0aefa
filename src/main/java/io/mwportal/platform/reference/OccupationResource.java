package io.mwportal.platform.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.reference.ReferenceViews.OccupationView;
import io.mwportal.platform.web.PublicRead;

@Path("/api/v1/occupations")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
public class OccupationResource {

    @Inject
    ReferenceDataService referenceData;

    @GET
    @PermitAll
    @PublicRead
    @Operation(summary = "Occupations (职业分类大典 2022)", description = "The occupations vacancies and courses refer to, "
            + "in code order: all of a group (`codePrefix=6-29`) or by a word of the name (`q=焊`).")
    public Page<OccupationView> list(
            @QueryParam("codePrefix") @Pattern(regexp = "\\d(-\\d{2}){0,3}") @Schema(maxLength = 10) @Parameter(example = "6-29") String codePrefix,
            @QueryParam("q") @Size(min = 1, max = 20) @Parameter(example = "焊") String q,
            @Valid @BeanParam PageRequest page) {
        return referenceData.occupations(codePrefix, q, page);
    }
}
