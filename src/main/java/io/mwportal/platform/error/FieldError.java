package io.mwportal.platform.error;

/** One invalid field of a request: {@code field} is the JSON path (e.g. {@code employer.name}) or parameter name. */
public record FieldError(String field, String code, String message) {
}
