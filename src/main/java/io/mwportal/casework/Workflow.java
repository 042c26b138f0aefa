package io.mwportal.casework;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.mwportal.platform.calendar.DeadlineUnit;

/**
 * A case type's state machine, declared as data: which role may take which action from which states, where it
 * leads and what it does to the statutory clock. The kernel ({@link CaseService}) runs it.
 *
 * @param caseType stored in {@code case_file.case_type}, e.g. {@code WAGE_COMPLAINT}
 * @param trackingPrefix first letters of tracking numbers, e.g. {@code WC}
 * @param officeRole the realm role of the officers who handle this case type
 * @param initialStatus the status of a newly filed case
 * @param initialClock the clock that filing starts (e.g. the acceptance decision)
 * @param terminalStatuses statuses in which a case is over (no clock, no uploads)
 * @param steps every allowed move
 */
public record Workflow(String caseType, String trackingPrefix, String officeRole, String initialStatus,
        ClockEffect.Start initialClock, Set<String> terminalStatuses, List<Step> steps) {

    /** The role a worker acts in on their own case. */
    public static final String OWNER = "worker";

    /**
     * One move. {@code to == null} keeps the status (e.g. an extension). {@code takeOver} marks the move by which a
     * city-level officer takes a district's case over (DESIGN.md section 5: a higher level may take a case over);
     * every other move needs the handling office.
     */
    public record Step(String action, Set<String> from, String to, String role, ClockEffect clock, boolean takeOver) {

        public static Step of(String action, Set<String> from, String to, String role, ClockEffect clock) {
            return new Step(action, from, to, role, clock, false);
        }
    }

    /** What a step does to the case's running clock. */
    public sealed interface ClockEffect {

        /** Stops the running clock and starts {@code amount} days of {@code unit} from today. */
        record Start(String purpose, int amount, DeadlineUnit unit) implements ClockEffect {
        }

        /** Adds days to the running clock; allowed once per case. */
        record Extend(int amount) implements ClockEffect {
        }

        /** The case waits for the applicant (补正): the clock stands still. */
        record Pause() implements ClockEffect {
        }

        /** The applicant answered: the clock runs again, with the waiting days added. */
        record Resume() implements ClockEffect {
        }

        /** No clock any more (decided, closed, withdrawn). */
        record Stop() implements ClockEffect {
        }

        /** The clock is left as it is. */
        record Keep() implements ClockEffect {
        }
    }

    public boolean knows(String action) {
        return steps.stream().anyMatch(s -> s.action().equals(action));
    }

    public boolean mayEverDo(String role, String action) {
        return steps.stream().anyMatch(s -> s.action().equals(action) && s.role().equals(role));
    }

    public Optional<Step> step(String action, String status, String role) {
        return steps.stream()
                .filter(s -> s.action().equals(action) && s.role().equals(role) && s.from().contains(status))
                .findFirst();
    }

    /**
     * The actions {@code role} may take now: as the handling office (or owner) every move but taking over; as a
     * higher-level office only taking over.
     */
    public List<String> allowedActions(String status, String role, boolean handles, boolean mayTakeOver) {
        return steps.stream()
                .filter(s -> s.role().equals(role) && s.from().contains(status) && (s.takeOver() ? mayTakeOver : handles))
                .map(Step::action).distinct().toList();
    }

    public boolean isTerminal(String status) {
        return terminalStatuses.contains(status);
    }
}
