package io.mwportal.platform.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;


/** Path templates as patterns, for the Allow header of a 405. */
class AllowedMethodsUnitTest {

    @Test
    void templatesMatchTheirPathsOnly() {
        Pattern job = AllowedMethods.regex("/api/v1/jobs/{id}");
        assertTrue(job.matcher("/api/v1/jobs/12").matches());
        assertTrue(job.matcher("/api/v1/jobs/12/").matches());
        assertFalse(job.matcher("/api/v1/jobs/12/applications").matches());
        assertFalse(job.matcher("/api/v1/jobs").matches());
        Pattern typed = AllowedMethods.regex("/api/v1//cases/{tn: [A-Z]{2}-[0-9]+}/history/");
        assertTrue(typed.matcher("/api/v1/cases/WC-123/history").matches());
        assertFalse(typed.matcher("/api/v1/cases/wc-123/history").matches());
        assertFalse(AllowedMethods.regex("/a.b").matcher("/axb").matches(), "literal dots stay literal");
    }
}
