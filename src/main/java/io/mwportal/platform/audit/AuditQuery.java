package io.mwportal.platform.audit;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter of a read of the change audit: object, actor and time (each optional). */
public class AuditQuery extends AuditPeriod {

    @QueryParam("objectType")
    @Pattern(regexp = "[A-Z_]{1,40}") @Schema(maxLength = 40)
    @Parameter(description = "Kind of object, e.g. VACANCY, COURSE, COURSE_SESSION, ENROLMENT, SUBSIDY_CLAIM, "
            + "JURISDICTION, CALENDAR_YEAR, AUDIT", example = "SUBSIDY_CLAIM")
    public String objectType;

    @QueryParam("objectId")
    @Size(min = 1, max = 100)
    @Parameter(description = "Id of the object (with objectType)", example = "42")
    public String objectId;

    @QueryParam("actor")
    @Size(min = 1, max = 100)
    @Parameter(description = "User name of the actor", example = "trainer.city")
    public String actor;

    @Override
    protected Map<String, Object> fields() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("objectType", objectType);
        fields.put("objectId", objectId);
        fields.put("actor", actor);
        return fields;
    }
}
