package io.mwportal.casework;

import java.util.List;
import java.util.Map;

import io.mwportal.casework.Workflow.Step;
import io.mwportal.platform.error.ProblemException.Violation;

/**
 * A case type as the kernel runs it: its workflow, and the one hook for its own fields. {@link CaseRunner} does the
 * rest of an action (find, authorise, If-Match, the kernel's own steps, status, clock, history).
 *
 * @param <I> the body of the type's actions
 */
public interface CaseType<I extends CaseActionInput> {

    Workflow workflow();

    /** Why a step is ruled out now: a problem code (answered 409, with the actions allowed now) and its arguments. */
    record Refusal(String code, Object... args) {
    }

    /**
     * Why the type rules {@code step} out now beyond its workflow table (e.g. a second outcome, an objection after
     * its period), or null when the step is allowed. Also keeps the step out of {@code allowedActions}.
     */
    default Refusal refusal(CaseFile file, Step step) {
        return null;
    }

    /** Checks the type's own fields of the action's body; every problem is added to {@code problems}. */
    default void check(CaseFile file, Step step, I input, List<Violation> problems) {
    }

    /** Applies the type's part of a checked action; what the history should keep goes into {@code details}. */
    default void apply(CaseFile file, Step step, I input, Map<String, Object> details) {
    }
}
