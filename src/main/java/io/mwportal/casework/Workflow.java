package io.mwportal.casework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.mwportal.platform.calendar.DeadlineUnit;

/**
 * A case type's state machine, declared as data (docs/architecture.md, "The case kernel"): which role may take which
 * action from which states, where it leads, what it does to the statutory clock, and which of the kernel's standard
 * steps (transfer, take-over, supplement, assignment, once-only rules) it opts into. {@link CaseRunner} runs it; a
 * feature adds only its own fields through {@link CaseHooks}.
 *
 * @param caseType stored in {@code case_file.case_type}, e.g. {@code WAGE_COMPLAINT}
 * @param trackingPrefix first letters of tracking numbers, e.g. {@code WC}
 * @param officeRole the realm role of the officers who handle this case type
 * @param initialStatus the status of a newly filed case
 * @param initialClock the clock that filing starts (e.g. the acceptance decision); null for none
 * @param terminalStatuses statuses in which a case is over (no clock, no uploads)
 * @param steps every allowed move
 * @param queueOrder how the office's queue is sorted
 */
public record Workflow(String caseType, String trackingPrefix, String officeRole, String initialStatus,
        ClockEffect.Start initialClock, Set<String> terminalStatuses, List<Step> steps, QueueOrder queueOrder) {

    /** The role a worker acts in on their own case. */
    public static final String OWNER = "worker";

    /** What the kernel itself does for a step besides status, clock and history. */
    public enum Kind {
        /** Nothing more: the feature's hook does the rest. */
        PLAIN,
        /** Moves the case to another office ({@code toJurisdiction}, a reason); the history keeps both offices. */
        TRANSFER,
        /** A city-level officer takes a district's case over (docs/security.md: a higher level may). */
        TAKE_OVER,
        /** Asks the applicant to supply what is missing ({@code missingItems}); the clock usually pauses. */
        REQUEST_SUPPLEMENT,
        /** The applicant answers a supplement request; the missing items are cleared. */
        SUPPLEMENT,
        /** The case gets an assignee: the officer named in {@code assignee} (of the same office and role), or the caller. */
        ASSIGN
    }

    /** How an office's queue is sorted (a worker's own list is always newest first). */
    public enum QueueOrder {
        /** Soonest due first, no clock last, then newest. */
        DUE_DATE,
        /** Urgent cases first, then overdue ones, then soonest due. */
        URGENT_THEN_OVERDUE_THEN_DUE_DATE,
        /** Oldest first (work without a statutory clock, taken in the order it came in). */
        OLDEST_FIRST,
        /** Soonest due first; cases whose clock has not started yet after them, oldest first. */
        DUE_DATE_THEN_OLDEST
    }

    /**
     * One move.
     *
     * @param action the name the URL takes ({@code request-supplement}); the history records it in upper case
     *        ({@code REQUEST_SUPPLEMENT})
     * @param to the status after the step; null keeps the status (an extension, a transfer)
     * @param requiresNote the step needs a reason or answer in {@code note}
     * @param assignsCaller the acting officer becomes the case's assignee (e.g. on acceptance)
     * @param onceCode when set, the step may be taken at most once per case, and a second attempt is a 409 with this
     *        problem code (e.g. {@code ALREADY_EXTENDED})
     */
    public record Step(String action, Set<String> from, String to, String role, ClockEffect clock, Kind kind,
            boolean requiresNote, boolean assignsCaller, String onceCode) {

        public Step {
            from = Set.copyOf(from);
        }

        /** The step's name in the history and in problems: {@code request-supplement} → {@code REQUEST_SUPPLEMENT}. */
        public String historyName() {
            return action.replace('-', '_').toUpperCase(Locale.ROOT);
        }

        public boolean takeOver() {
            return kind == Kind.TAKE_OVER;
        }

        /** Starts a step: {@code step("accept", inspector).from(SUBMITTED).to(INVESTIGATING).clock(...)}. */
        public static Builder step(String action, String role) {
            return new Builder(action, role);
        }
    }

    /** Builds a {@link Step}; anything not said is "none" (no clock change, plain, no note, not once-only). */
    public static final class Builder {

        private final String action;
        private final String role;
        private final Set<String> from = new LinkedHashSet<>();
        private String to;
        private ClockEffect clock = new ClockEffect.Keep();
        private Kind kind = Kind.PLAIN;
        private boolean requiresNote;
        private boolean assignsCaller;
        private String onceCode;

        private Builder(String action, String role) {
            if (!action.matches("[a-z]+(-[a-z]+)*")) {
                throw new IllegalArgumentException("Action names are lower-case words joined by '-': " + action);
            }
            this.action = action;
            this.role = role;
        }

        public Builder from(String... statuses) {
            from.addAll(List.of(statuses));
            return this;
        }

        public Builder from(Set<String> statuses) {
            from.addAll(statuses);
            return this;
        }

        /** The same with a case type's statuses declared as an enum. */
        public Builder from(Enum<?>... statuses) {
            return from(names(statuses));
        }

        public Builder to(String status) {
            this.to = status;
            return this;
        }

        public Builder to(Enum<?> status) {
            return to(status.name());
        }

        public Builder clock(ClockEffect effect) {
            this.clock = effect;
            return this;
        }

        public Builder kind(Kind stepKind) {
            this.kind = stepKind;
            return this;
        }

        public Builder requiresNote() {
            this.requiresNote = true;
            return this;
        }

        public Builder assignsCaller() {
            this.assignsCaller = true;
            return this;
        }

        public Builder once(String problemCode) {
            this.onceCode = problemCode;
            return this;
        }

        public Step build() {
            if (from.isEmpty()) {
                throw new IllegalArgumentException("A step starts from at least one status: " + action);
            }
            return new Step(action, from, to, role, clock, kind, requiresNote, assignsCaller, onceCode);
        }
    }

    /** What a step does to the case's running clock. */
    public sealed interface ClockEffect {

        /** Stops the running clock and starts {@code amount} days of {@code unit} from today. */
        record Start(String purpose, int amount, DeadlineUnit unit) implements ClockEffect {
        }

        /** Adds days to the running clock (once per case: the step should be once-only too). */
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

    public Workflow {
        steps = List.copyOf(steps);
        terminalStatuses = Set.copyOf(terminalStatuses);
        List<String> takeOverSteps = new ArrayList<>();
        for (Step step : steps) {
            if (step.takeOver()) {
                takeOverSteps.add(step.action());
            }
        }
        if (takeOverSteps.size() > 1) {
            throw new IllegalArgumentException("At most one take-over step: " + takeOverSteps);
        }
    }

    /** The names of enum statuses, for a case type that declares its statuses as an enum. */
    public static Set<String> names(Enum<?>... statuses) {
        Set<String> names = new LinkedHashSet<>();
        for (Enum<?> status : statuses) {
            names.add(status.name());
        }
        return names;
    }

    /** Whether workers own cases of this type (file them and act on them); an anonymous report has no owner. */
    public boolean hasOwners() {
        return steps.stream().anyMatch(s -> s.role().equals(OWNER));
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
     * The actions {@code role} may take now by the table alone: as the handling office (or owner) every move but
     * taking over; as a higher-level office only taking over. {@link CaseRunner#allowedActions} also applies the
     * once-only rules and the feature's own.
     */
    public List<Step> candidateSteps(String status, String role, boolean handles, boolean mayTakeOver) {
        return steps.stream()
                .filter(s -> s.role().equals(role) && s.from().contains(status) && (s.takeOver() ? mayTakeOver : handles))
                .toList();
    }

    public boolean isTerminal(String status) {
        return terminalStatuses.contains(status);
    }
}
