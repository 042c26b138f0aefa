package io.mwportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.mwportal.platform.ops.WritePlans;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reads plan every statement with its values (the datasource's setting); a write lets PostgreSQL reuse plans for its
 * own transaction only, so a search on the same pooled connection afterwards plans with its values again.
 */
@QuarkusTest
class WritePlansTest {

    @Inject
    WritePlans plans;

    @Inject
    EntityManager em;

    private String planCacheMode() {
        return (String) em.createNativeQuery("select current_setting('plan_cache_mode')").getSingleResult();
    }

    @Test
    void aWriteReusesPlansInItsOwnTransactionOnly() {
        assertEquals("force_custom_plan", QuarkusTransaction.requiringNew().call(this::planCacheMode));
        assertEquals("auto", QuarkusTransaction.requiringNew().call(() -> {
            plans.reuse();
            return planCacheMode();
        }));
        assertEquals("force_custom_plan", QuarkusTransaction.requiringNew().call(this::planCacheMode));
    }
}
