package io.mwportal.platform.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: {@code field} is the JSON path (e.g. {@code employer.name}) or parameter name. */
@Schema(name = "FieldError")
public record FieldError(String field, String code, String message) {
}
