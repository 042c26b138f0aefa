package io.mwportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.mwportal.platform.error.ProblemException;

/** If-Match (strong comparison) and If-None-Match (weak comparison), RFC 9110 13.1, without a server. */
class HttpRulesUnitTest {

    @Test
    void ifMatchUsesTheStrongComparison() {
        assertDoesNotThrow(() -> EntityTags.checkIfMatch(null, 3));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("", 3));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("  ", 3));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("*", 3));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("\"1\", \"3\"", 3));
        for (String stale : new String[] { "\"2\"", "W/\"3\"", "3", "\"3", "\"33\"", "\"\"" }) {
            ProblemException e = assertThrows(ProblemException.class, () -> EntityTags.checkIfMatch(stale, 3), stale);
            assertEquals(412, e.status());
            assertEquals("PRECONDITION_FAILED", e.code());
            assertEquals("\"3\"", e.args()[0]);
        }
        assertEquals("\"7\"", EntityTags.of(7).toString());
        org.jboss.resteasy.reactive.RestResponse<String> ok = EntityTags.ok("body", 7);
        assertEquals(200, ok.getStatus());
        assertEquals("\"7\"", ok.getEntityTag().toString());
        assertEquals("body", ok.getEntity());
        assertEquals("\"8\"", EntityTags.ok(new Versioned<>("v", 8)).getEntityTag().toString());
    }

    @Test
    void ifNoneMatchUsesTheWeakComparison() {
        assertTrue(EntityTags.matchesIfNoneMatch("\"3\"", "\"3\""));
        assertTrue(EntityTags.matchesIfNoneMatch("W/\"3\"", "\"3\""));
        assertTrue(EntityTags.matchesIfNoneMatch("\"3\"", "W/\"3\""));
        assertTrue(EntityTags.matchesIfNoneMatch("\"1\", W/\"3\"", "\"3\""));
        assertTrue(EntityTags.matchesIfNoneMatch("*", "W/\"ab\""));
        assertFalse(EntityTags.matchesIfNoneMatch(null, "\"3\""));
        assertFalse(EntityTags.matchesIfNoneMatch(" ", "\"3\""));
        assertFalse(EntityTags.matchesIfNoneMatch("\"4\"", "\"3\""));
        assertFalse(EntityTags.matchesIfNoneMatch("\"33\"", "\"3\""));
    }

    @Test
    void publicUrlsComeFromTheConfiguredBase() {
        PublicUrls urls = new PublicUrls(config("https://api.portal.jinzhou.example/"));
        assertEquals("https://api.portal.jinzhou.example", urls.base());
        assertEquals("https://api.portal.jinzhou.example/api/v1/jobs/7", urls.of("/api/v1/jobs/7").toString());
        assertEquals("https://api.portal.jinzhou.example/api/v1/jobs/7", urls.of("api/v1/jobs/7").toString());
        assertThrows(IllegalArgumentException.class, () -> new PublicUrls(config("api.portal.example")));
    }

    private static HttpConfig config(String base) {
        return new HttpConfig() {
            @Override
            public java.util.List<String> trustedProxies() {
                return java.util.List.of();
            }

            @Override
            public String forwardedHeader() {
                return "X-Forwarded-For";
            }

            @Override
            public String publicBaseUrl() {
                return base;
            }

            @Override
            public java.time.Duration publicMaxAge() {
                return java.time.Duration.ofMinutes(1);
            }
        };
    }
}
