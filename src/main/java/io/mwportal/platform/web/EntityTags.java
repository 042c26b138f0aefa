package io.mwportal.platform.web;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

import io.mwportal.platform.error.ProblemException;

/**
 * Optimistic concurrency over HTTP (docs/api.md): single-resource responses carry the entity's version as a
 * strong {@code ETag}; updates and case actions honour {@code If-Match} and answer 412 when it is stale. A request
 * without If-Match is accepted (the entity's own version still stops lost updates between concurrent writers: 409).
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * 200 with the view and its ETag. Typed, so that the contract names the view's schema (a plain {@code Response}
     * would be documented as an empty object).
     */
    public static <T> RestResponse<T> ok(Versioned<T> versioned) {
        return ok(versioned.body(), versioned.version());
    }

    /** 200 with the view and its ETag. */
    public static <T> RestResponse<T> ok(T view, long version) {
        return RestResponse.ResponseBuilder.ok(view).tag(of(version)).build();
    }

    /** Throws 412 unless {@code ifMatch} is absent, {@code *}, or lists the current version. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            // If-Match uses the strong comparison (RFC 9110 13.1.1): a weak tag never matches.
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                    && tag.substring(1, tag.length() - 1).equals(current)) {
                return;
            }
        }
        throw new ProblemException(412, "PRECONDITION_FAILED", of(currentVersion).toString());
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): {@code W/"x"} matches {@code "x"}. */
    public static boolean matchesIfNoneMatch(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
