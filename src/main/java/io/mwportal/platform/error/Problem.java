package io.mwportal.platform.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error response: RFC 9457 problem details plus a stable {@code code} that clients switch on
 * (titles and details are translated and may change), {@code errors[]} for invalid fields and, where a state
 * machine refused an action, the actions that are allowed now.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(examples = "/problems/validation-failed") String type,
        @Schema(examples = "请求参数不正确") String title,
        @Schema(examples = "400") int status,
        String detail,
        @Schema(examples = "/api/v1/admin/jurisdictions") String instance,
        @Schema(examples = "VALIDATION_FAILED") String code,
        List<FieldError> errors,
        List<String> allowedActions,
        @Schema(description = "Set on 500: quote it when reporting the error") String incidentId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
