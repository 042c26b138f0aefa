package io.mwportal.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

/** Keeps the statutory deadlines of cases: schedules them, moves them, and recomputes them when a year loads. */
@ApplicationScoped
public class DeadlineService {

    @Inject
    WorkingDayCalendar calendar;

    /** Sets (or resets) the deadline {@code purpose} of a subject, e.g. ("WAGE_COMPLAINT", 42, "ACCEPTANCE"). */
    @Transactional
    public Deadline schedule(String subjectType, long subjectId, String purpose, LocalDate start, int amount,
            DeadlineUnit unit) {
        Optional<Deadline> existing = find(subjectType, subjectId, purpose);
        if (existing.isEmpty()) {
            return scheduleNew(subjectType, subjectId, purpose, start, amount, unit);
        }
        Deadline deadline = existing.get();
        deadline.startDate = start;
        deadline.amount = amount;
        deadline.open = true;
        deadline.unit = unit;
        apply(deadline, calendar.add(start, amount, unit));
        return deadline;
    }

    /** The same for a subject that has no deadline of this purpose yet (a case just filed): nothing to look up. */
    @Transactional
    public Deadline scheduleNew(String subjectType, long subjectId, String purpose, LocalDate start, int amount,
            DeadlineUnit unit) {
        Deadline deadline = first(subjectType, subjectId, purpose, start, amount, unit);
        deadline.persist();
        return deadline;
    }

    /**
     * A subject's first deadline computed, not written: the caller writes it with {@link #INSERT_FIRST} in a statement
     * of its own (the case kernel writes a filing's clock, history entry and event in one). Not a managed entity: it
     * is for reading; to change it, look it up.
     */
    public Deadline first(String subjectType, long subjectId, String purpose, LocalDate start, int amount,
            DeadlineUnit unit) {
        Deadline deadline = new Deadline();
        deadline.subjectType = subjectType;
        deadline.subjectId = subjectId;
        deadline.purpose = purpose;
        deadline.startDate = start;
        deadline.amount = amount;
        deadline.unit = unit;
        deadline.open = true;
        apply(deadline, calendar.add(start, amount, unit));
        return deadline;
    }

    /** Writes {@link #first}'s deadline: an insert with named parameters, which {@link #bindFirst} sets. */
    public static final String INSERT_FIRST = """
            insert into deadline (subject_type, subject_id, purpose, start_date, amount, unit, due_date, provisional,
                                  open, version)
            values (:deadlineSubjectType, :deadlineSubjectId, :deadlinePurpose, :deadlineStart, :deadlineAmount,
                    :deadlineUnit, :deadlineDue, :deadlineProvisional, true, 0)""";

    public static void bindFirst(NativeQuery<?> query, Deadline first) {
        query.setParameter("deadlineSubjectType", first.subjectType)
                .setParameter("deadlineSubjectId", first.subjectId)
                .setParameter("deadlinePurpose", first.purpose)
                .setParameter("deadlineStart", first.startDate)
                .setParameter("deadlineAmount", first.amount)
                .setParameter("deadlineUnit", first.unit.name())
                .setParameter("deadlineDue", first.dueDate)
                .setParameter("deadlineProvisional", first.provisional);
    }

    /** Adds days to an open deadline (an extension, or time credited back after the clock was paused). */
    @Transactional
    public Deadline extend(Deadline deadline, int extraAmount) {
        deadline.amount += extraAmount;
        apply(deadline, calendar.add(deadline.startDate, deadline.amount, deadline.unit));
        return deadline;
    }

    @Transactional
    public void close(Deadline deadline) {
        deadline.open = false;
    }

    public Optional<Deadline> find(String subjectType, long subjectId, String purpose) {
        return Deadline.find("subjectType = ?1 and subjectId = ?2 and purpose = ?3", subjectType, subjectId, purpose)
                .firstResultOptional();
    }

    /**
     * Recomputes every open deadline whose span touches {@code year} (a case accepted in December runs into the
     * next year's Spring Festival). Returns how many due dates changed.
     */
    @Transactional
    public int recomputeTouching(int year) {
        List<Deadline> touched = Deadline.list("open = true and startDate <= ?1 and dueDate >= ?2",
                LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1));
        WorkingDayCalendar.Schedule schedule = calendar.schedule();
        int changed = 0;
        for (Deadline deadline : touched) {
            DueDate due = schedule.add(deadline.startDate, deadline.amount, deadline.unit);
            if (!due.date().equals(deadline.dueDate) || due.provisional() != deadline.provisional) {
                changed++;
            }
            apply(deadline, due);
        }
        return changed;
    }

    /** Recomputes every deadline, open or closed (the demo data set writes its deadlines in SQL); how many. */
    @Transactional
    public int recomputeAll() {
        List<Deadline> all = Deadline.listAll();
        WorkingDayCalendar.Schedule schedule = calendar.schedule();
        all.forEach(deadline -> apply(deadline, schedule.add(deadline.startDate, deadline.amount, deadline.unit)));
        return all.size();
    }

    private static void apply(Deadline deadline, DueDate due) {
        deadline.dueDate = due.date();
        deadline.provisional = due.provisional();
    }
}
