package io.mwportal.platform.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Lets PostgreSQL reuse its plans of prepared statements for the rest of the current transaction. The datasource
 * plans every statement with its actual values ({@code plan_cache_mode=force_custom_plan}, application.properties):
 * searches and lists with optional filters need that. A write's statements are inserts and lookups by key, whose
 * plans do not depend on the values; planning each of them afresh was a quarter of the database's time per filing
 * (README, "Benchmark: the write path"). With {@code auto} a statement is still planned with its values for its
 * first five runs on a connection, then reuses a generic plan unless that would cost more.
 */
@ApplicationScoped
public class WritePlans {

    @Inject
    EntityManager em;

    /** Call first in the write's transaction (a native query flushes what the session holds). */
    public void reuse() {
        em.createNativeQuery("select set_config('plan_cache_mode', 'auto', true)").getSingleResult();
    }
}
