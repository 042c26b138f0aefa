package io.mwportal.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mwportal.casework.Workflow.ClockEffect;
import io.mwportal.platform.calendar.DeadlineUnit;
import io.mwportal.wages.WagesWorkflow;

/** The wage complaint's state machine as a table: who may do what from which status, and what it does to the clock. */
class WorkflowUnitTest {

    private static final String INSPECTOR = "labour-inspector";
    private final Workflow wages = new WagesWorkflow(5, 60, 30).definition();

    @ParameterizedTest(name = "{0}: office {1}, worker {2}")
    @CsvSource(delimiter = '|', value = {
            "SUBMITTED            | ACCEPT REQUEST_SUPPLEMENT REFUSE TRANSFER | WITHDRAW",
            "SUPPLEMENT_REQUESTED | REFUSE                                    | SUPPLEMENT WITHDRAW",
            "INVESTIGATING        | EXTEND RECORD_OUTCOME                     | WITHDRAW",
            "OUTCOME_RECORDED     | RECORD_OUTCOME CLOSE                      | ",
            "CLOSED               |                                           | ",
            "REFUSED              |                                           | ",
            "WITHDRAWN            |                                           | " })
    void allowedActionsOfTheHandlingOfficeAndTheWorker(String status, String office, String worker) {
        assertEquals(words(office), wages.allowedActions(status, INSPECTOR, true, false));
        assertEquals(words(worker), wages.allowedActions(status, Workflow.OWNER, true, false));
    }

    @Test
    void aHigherLevelMayOnlyTakeOverAndOnlyWhileTheCaseIsOpen() {
        for (String open : List.of("SUBMITTED", "SUPPLEMENT_REQUESTED", "INVESTIGATING", "OUTCOME_RECORDED")) {
            assertEquals(List.of("TAKE_OVER"), wages.allowedActions(open, INSPECTOR, false, true), open);
            assertFalse(wages.allowedActions(open, INSPECTOR, true, false).contains("TAKE_OVER"), open);
        }
        assertEquals(List.of(), wages.allowedActions("CLOSED", INSPECTOR, false, true));
        assertEquals(List.of(), wages.allowedActions("SUBMITTED", INSPECTOR, false, false));
    }

    @Test
    void stepsCarryTheStatutoryClock() {
        assertEquals(new ClockEffect.Start("ACCEPTANCE", 5, DeadlineUnit.WORKING_DAYS), wages.initialClock());
        assertEquals(new ClockEffect.Start("INVESTIGATION", 60, DeadlineUnit.WORKING_DAYS),
                wages.step("ACCEPT", "SUBMITTED", INSPECTOR).orElseThrow().clock());
        assertEquals(new ClockEffect.Extend(30), wages.step("EXTEND", "INVESTIGATING", INSPECTOR).orElseThrow().clock());
        assertEquals(new ClockEffect.Pause(),
                wages.step("REQUEST_SUPPLEMENT", "SUBMITTED", INSPECTOR).orElseThrow().clock());
        assertEquals(new ClockEffect.Resume(),
                wages.step("SUPPLEMENT", "SUPPLEMENT_REQUESTED", Workflow.OWNER).orElseThrow().clock());
        // A transfer gives the receiving office a fresh acceptance period.
        assertEquals(wages.initialClock(), wages.step("TRANSFER", "SUBMITTED", INSPECTOR).orElseThrow().clock());
        assertEquals("INVESTIGATING", wages.step("ACCEPT", "SUBMITTED", INSPECTOR).orElseThrow().to());
        assertEquals(null, wages.step("TRANSFER", "SUBMITTED", INSPECTOR).orElseThrow().to(), "keeps the status");
        assertTrue(wages.step("TAKE_OVER", "INVESTIGATING", INSPECTOR).orElseThrow().takeOver());
        assertFalse(wages.step("ACCEPT", "SUBMITTED", INSPECTOR).orElseThrow().takeOver());
    }

    @Test
    void rolesAndActionsAreChecked() {
        assertTrue(wages.knows("ACCEPT"));
        assertFalse(wages.knows("APPROVE"));
        assertTrue(wages.mayEverDo(INSPECTOR, "ACCEPT"));
        assertFalse(wages.mayEverDo(Workflow.OWNER, "ACCEPT"));
        assertTrue(wages.mayEverDo(Workflow.OWNER, "WITHDRAW"));
        assertFalse(wages.mayEverDo(INSPECTOR, "WITHDRAW"));
        assertTrue(wages.step("ACCEPT", "INVESTIGATING", INSPECTOR).isEmpty());
        assertTrue(wages.step("ACCEPT", "SUBMITTED", Workflow.OWNER).isEmpty());
        assertTrue(wages.isTerminal("CLOSED") && wages.isTerminal("REFUSED") && wages.isTerminal("WITHDRAWN"));
        assertFalse(wages.isTerminal("OUTCOME_RECORDED"));
        assertEquals("SUBMITTED", wages.initialStatus());
        assertEquals("WC", wages.trackingPrefix());
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }
}
