package io.mwportal.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.mwportal.casework.CaseQueue.ListFilter;

/** The filters of every case list ({@code ?status=&overdue=&dueWithinDays=&jurisdiction=}). */
public class CaseListQuery {

    @QueryParam("status")
    @Pattern(regexp = "[A-Z_]{1,40}") @Schema(maxLength = 40)
    @Parameter(example = "SUBMITTED")
    public String status;

    @QueryParam("overdue")
    @Parameter(description = "Only overdue (true) or only not overdue (false)")
    public Boolean overdue;

    @QueryParam("dueWithinDays")
    @Min(0)
    @Max(365)
    @Parameter(description = "Due within this many calendar days", example = "3")
    public Integer dueWithinDays;

    @QueryParam("jurisdiction")
    @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6)
    @Parameter(description = "City-level officers: another office's queue", example = "210702")
    public String jurisdiction;

    public ListFilter filter() {
        return new ListFilter(status, overdue, dueWithinDays, jurisdiction);
    }
}
