package io.mwportal.platform.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The time window every audit read filters by ({@code from} inclusive, {@code to} exclusive), and the filter as it
 * is recorded with the read. Each audit's query adds its own fields.
 */
public abstract class AuditPeriod {

    @QueryParam("from")
    @Parameter(description = "From this instant (inclusive), ISO-8601", example = "2026-11-01T00:00:00Z")
    public Instant from;

    @QueryParam("to")
    @Parameter(description = "Until this instant (exclusive), ISO-8601", example = "2026-12-01T00:00:00Z")
    public Instant to;

    /** The fields of the query that were given, for the record of the read. */
    public Map<String, Object> asMap() {
        Map<String, Object> filter = new LinkedHashMap<>();
        fields().forEach((name, value) -> {
            if (value != null) {
                filter.put(name, value.toString());
            }
        });
        if (from != null) {
            filter.put("from", from.toString());
        }
        if (to != null) {
            filter.put("to", to.toString());
        }
        return filter;
    }

    /** The query's own fields by name (values may be null). */
    protected abstract Map<String, Object> fields();
}
