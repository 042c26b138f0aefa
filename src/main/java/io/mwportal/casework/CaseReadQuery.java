package io.mwportal.casework;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.mwportal.platform.audit.AuditPeriod;

/** The filter of a read of the case-read audit: case, reader and time (each optional). */
public class CaseReadQuery extends AuditPeriod {

    @QueryParam("trackingNumber")
    @Pattern(regexp = "[A-Z]{2}-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}") @Schema(maxLength = 17)
    @Parameter(example = "WC-2026-7K3M-9QXD")
    public String trackingNumber;

    @QueryParam("reader")
    @Size(min = 1, max = 100)
    @Parameter(description = "User name of the officer", example = "inspector.guta")
    public String reader;

    @Override
    protected Map<String, Object> fields() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("trackingNumber", trackingNumber);
        fields.put("reader", reader);
        return fields;
    }
}
