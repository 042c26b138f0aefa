package io.mwportal.platform.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

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

    /**
     * Call first in the write's transaction. A command, not {@code select set_config(...)}: Hibernate works out how
     * to read a native select's result from the driver's metadata on every run, which cost more than the statement.
     * It touches no table, and says so (the query space), so Hibernate neither flushes before it nor plans to clear
     * every entity's caches after it.
     */
    public void reuse() {
        em.createNativeQuery("set local plan_cache_mode = auto").unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("plan_cache_mode").executeUpdate();
    }
}
