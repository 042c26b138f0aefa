package io.mwportal.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.mwportal.platform.calendar.DeadlineService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo city for the run command (README, "Run the portal"): a year of vacancies, courses, complaints, reports,
 * legal aid and residence permits, dated back from now ({@code demo/demo-data.sql}). Loaded at start-up only when
 * {@code portal.demo.enabled} is set, which no deployment sets (the Helm chart has no such value), and only into a
 * database with no case, vacancy or course of its own: a real database is never touched.
 */
@ApplicationScoped
public class DemoData {

    private static final String SCRIPT = "demo/demo-data.sql";

    /** The advisory lock key of the load: of several instances starting at once, one loads. */
    private static final long LOCK = 0x4445_4d4f_4441_5441L;

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    EntityManager em;

    @Inject
    DeadlineService deadlines;

    @Inject
    Event<DemoDataLoaded> loaded;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Loads the demo city into an empty database; false (and nothing written) when the database holds data. */
    public boolean load() {
        boolean done = QuarkusTransaction.requiringNew().timeout(600).call(this::loadIntoEmptyDatabase);
        if (done) {
            loaded.fire(new DemoDataLoaded());
            LOG.info("Demo data loaded");
        } else {
            LOG.warn("Demo data not loaded: the database already holds cases, vacancies or courses");
        }
        return done;
    }

    private boolean loadIntoEmptyDatabase() {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:lock)) l").setParameter("lock", LOCK)
                .getSingleResult();
        boolean empty = (Boolean) em.createNativeQuery("""
                select not exists (select 1 from case_file) and not exists (select 1 from vacancy)
                   and not exists (select 1 from course)
                """).getSingleResult();
        if (!empty) {
            return false;
        }
        String script = script();
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(script);
            }
        });
        // The script writes each due date as start + amount: the calendar makes the real one.
        deadlines.recomputeAll();
        return true;
    }

    private static String script() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(SCRIPT, e);
        }
    }
}
