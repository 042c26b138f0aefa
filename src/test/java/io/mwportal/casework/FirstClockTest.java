package io.mwportal.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.mwportal.casework.CaseViews.DeadlineView;
import io.mwportal.platform.calendar.Deadline;
import io.mwportal.support.CountingStatements;
import io.mwportal.wages.WagesWorkflow;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A filing writes its first clock in the statement of its history entry and event (CaseRunner), so within the filing's
 * transaction the clock the kernel remembers is not a managed entity. Showing it needs nothing more; anything that may
 * change it gets the row itself, so no change is lost. (Statements are counted: CountingStatements.)
 */
@QuarkusTest
@TestProfile(CountingStatements.class)
class FirstClockTest {

    @Inject
    CaseRunner runner;

    @Inject
    CaseClock caseClock;

    @Inject
    WagesWorkflow workflow;

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void theFirstClockIsShownAsComputedAndLookedUpBeforeItMayChange() {
        CaseFile file = runner.open(workflow.definition(), "210702", null, "anonymous", Map.of());
        DeadlineView shown = caseClock.view(file);
        assertNotNull(shown);
        long statementsBefore = statements();

        Deadline running = caseClock.running(file).orElseThrow();

        assertTrue(em.contains(running), "the clock to change is the managed row");
        assertEquals(shown.dueAt(), running.dueDate);
        assertEquals(workflow.definition().initialClock().purpose(), running.purpose);
        assertTrue(running.open);
        assertEquals(statementsBefore + 1, statements(), "looked up once");
        caseClock.running(file).orElseThrow();
        assertEquals(statementsBefore + 1, statements(), "and then remembered");
    }

    private long statements() {
        return em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount();
    }
}
