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
            "SUBMITTED            | accept request-supplement refuse transfer | withdraw",
            "SUPPLEMENT_REQUESTED | refuse                                    | supplement withdraw",
            "INVESTIGATING        | extend record-outcome                     | withdraw",
            "OUTCOME_RECORDED     | record-outcome close                      | ",
            "CLOSED               |                                           | ",
            "REFUSED              |                                           | ",
            "WITHDRAWN            |                                           | " })
    void allowedActionsOfTheHandlingOfficeAndTheWorker(String status, String office, String worker) {
        assertEquals(words(office), actions(status, INSPECTOR, true, false));
        assertEquals(words(worker), actions(status, Workflow.OWNER, true, false));
    }

    @Test
    void aHigherLevelMayOnlyTakeOverAndOnlyWhileTheCaseIsOpen() {
        for (String open : List.of("SUBMITTED", "SUPPLEMENT_REQUESTED", "INVESTIGATING", "OUTCOME_RECORDED")) {
            assertEquals(List.of("take-over"), actions(open, INSPECTOR, false, true), open);
            assertFalse(actions(open, INSPECTOR, true, false).contains("take-over"), open);
        }
        assertEquals(List.of(), actions("CLOSED", INSPECTOR, false, true));
        assertEquals(List.of(), actions("SUBMITTED", INSPECTOR, false, false));
    }

    @Test
    void stepsCarryTheStatutoryClock() {
        assertEquals(new ClockEffect.Start("ACCEPTANCE", 5, DeadlineUnit.WORKING_DAYS), wages.initialClock());
        assertEquals(new ClockEffect.Start("INVESTIGATION", 60, DeadlineUnit.WORKING_DAYS),
                wages.step("accept", "SUBMITTED", INSPECTOR).orElseThrow().clock());
        assertEquals(new ClockEffect.Extend(30), wages.step("extend", "INVESTIGATING", INSPECTOR).orElseThrow().clock());
        assertEquals(new ClockEffect.Pause(),
                wages.step("request-supplement", "SUBMITTED", INSPECTOR).orElseThrow().clock());
        assertEquals(new ClockEffect.Resume(),
                wages.step("supplement", "SUPPLEMENT_REQUESTED", Workflow.OWNER).orElseThrow().clock());
        // A transfer gives the receiving office a fresh acceptance period.
        assertEquals(wages.initialClock(), wages.step("transfer", "SUBMITTED", INSPECTOR).orElseThrow().clock());
        assertEquals("INVESTIGATING", wages.step("accept", "SUBMITTED", INSPECTOR).orElseThrow().to());
        assertEquals(null, wages.step("transfer", "SUBMITTED", INSPECTOR).orElseThrow().to(), "keeps the status");
        assertTrue(wages.step("take-over", "INVESTIGATING", INSPECTOR).orElseThrow().takeOver());
        assertFalse(wages.step("accept", "SUBMITTED", INSPECTOR).orElseThrow().takeOver());
    }

    @Test
    void rolesAndActionsAreChecked() {
        assertTrue(wages.knows("accept"));
        assertFalse(wages.knows("approve"));
        assertTrue(wages.mayEverDo(INSPECTOR, "accept"));
        assertFalse(wages.mayEverDo(Workflow.OWNER, "accept"));
        assertTrue(wages.mayEverDo(Workflow.OWNER, "withdraw"));
        assertFalse(wages.mayEverDo(INSPECTOR, "withdraw"));
        assertTrue(wages.step("accept", "INVESTIGATING", INSPECTOR).isEmpty());
        assertTrue(wages.step("accept", "SUBMITTED", Workflow.OWNER).isEmpty());
        assertTrue(wages.isTerminal("CLOSED") && wages.isTerminal("REFUSED") && wages.isTerminal("WITHDRAWN"));
        assertFalse(wages.isTerminal("OUTCOME_RECORDED"));
        assertEquals("SUBMITTED", wages.initialStatus());
        assertEquals("WC", wages.trackingPrefix());
    }

    enum Light { RED, AMBER, GREEN }

    @Test
    void statusesMayBeAnEnumAndOwnersAreKnownFromTheSteps() {
        Workflow lights = new Workflow("LIGHT", "LT", INSPECTOR, Light.RED.name(), null, Workflow.names(Light.GREEN),
                List.of(Workflow.Step.step("go", INSPECTOR).from(Light.RED, Light.AMBER).to(Light.GREEN).build()),
                Workflow.QueueOrder.OLDEST_FIRST);
        assertEquals(java.util.Set.of("RED", "AMBER"), lights.step("go", "AMBER", INSPECTOR).orElseThrow().from());
        assertEquals("GREEN", lights.step("go", "RED", INSPECTOR).orElseThrow().to());
        assertEquals(List.of("GREEN"), List.copyOf(Workflow.names(Light.GREEN)));
        assertFalse(lights.hasOwners(), "nobody owns a case whose steps are all the office's");
        assertTrue(wages.hasOwners());
    }

    private List<String> actions(String status, String role, boolean handles, boolean mayTakeOver) {
        return wages.candidateSteps(status, role, handles, mayTakeOver).stream().map(Workflow.Step::action).toList();
    }

    @Test
    void theHistoryNamesStepsInCapitals() {
        assertEquals("REQUEST_SUPPLEMENT", wages.step("request-supplement", "SUBMITTED", INSPECTOR).orElseThrow()
                .historyName());
        assertEquals("ALREADY_EXTENDED", wages.step("extend", "INVESTIGATING", INSPECTOR).orElseThrow().onceCode());
        assertEquals(Workflow.Kind.TRANSFER, wages.step("transfer", "SUBMITTED", INSPECTOR).orElseThrow().kind());
        assertTrue(wages.step("accept", "SUBMITTED", INSPECTOR).orElseThrow().assignsCaller());
        assertTrue(wages.step("refuse", "SUBMITTED", INSPECTOR).orElseThrow().requiresNote());
        assertFalse(wages.step("accept", "SUBMITTED", INSPECTOR).orElseThrow().requiresNote());
        assertEquals(Workflow.QueueOrder.DUE_DATE, wages.queueOrder());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Workflow.Step.step("ACCEPT", INSPECTOR));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Workflow.Step.step("accept", INSPECTOR).build());
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }
}
