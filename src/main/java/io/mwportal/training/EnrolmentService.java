package io.mwportal.training;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import io.mwportal.platform.audit.AuditLog;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;
import io.mwportal.training.Course.CourseStatus;
import io.mwportal.training.Enrolment.Status;
import io.mwportal.training.TrainingViews.EnrolmentView;
import io.mwportal.training.TrainingViews.RosterEntry;
import io.mwportal.training.TrainingViews.RosterView;

/**
 * Enrolment in sessions. Seats are taken by one conditional UPDATE of the session's counter, which the database
 * checks against the capacity and which locks the session row until the transaction ends: concurrent enrolments
 * and cancellations of a session run one after the other, so a session is never overbooked and waitlist order
 * is the order of arrival.
 */
@ApplicationScoped
public class EnrolmentService {

    @Inject
    CurrentUser user;

    @Inject
    TrainingOffice office;

    @Inject
    CourseService courses;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    TrainingEvents events;

    @Transactional
    public Versioned<EnrolmentView> enrol(long sessionId) {
        CourseSession session = CourseSession.<CourseSession>findByIdOptional(sessionId)
                .orElseThrow(ProblemException::notFound);
        Course course = Course.findById(session.courseId);
        if (course.status != CourseStatus.PUBLISHED && !session.cancelled) {
            throw ProblemException.notFound();
        }
        if (session.cancelled) {
            throw new ProblemException(409, "SESSION_CANCELLED");
        }
        if (!session.startsOn.isAfter(PortalTime.today(clock))) {
            throw new ProblemException(409, "SESSION_STARTED", session.startsOn);
        }
        int seated = em.createNativeQuery("""
                update course_session set confirmed_count = confirmed_count + 1
                 where id = :id and not cancelled and confirmed_count < capacity
                """).setParameter("id", sessionId).executeUpdate();
        Enrolment enrolment = new Enrolment();
        enrolment.sessionId = sessionId;
        enrolment.workerSubject = user.subject();
        enrolment.workerName = user.username();
        enrolment.enrolledAt = Instant.now(clock);
        if (seated == 1) {
            enrolment.status = Status.CONFIRMED;
            enrolment.confirmedAt = enrolment.enrolledAt;
        } else {
            // The session row is locked now: if it was cancelled meanwhile, nobody joins its waitlist.
            List<?> seq = em.createNativeQuery("update course_session set waitlist_seq = waitlist_seq + 1 "
                    + "where id = :id and not cancelled returning waitlist_seq").setParameter("id", sessionId)
                    .getResultList();
            if (seq.isEmpty()) {
                throw new ProblemException(409, "SESSION_CANCELLED");
            }
            enrolment.status = Status.WAITLISTED;
            enrolment.waitlistSeq = ((Number) seq.get(0)).intValue();
        }
        try {
            enrolment.persistAndFlush();
        } catch (ConstraintViolationException e) {
            throw new ProblemException(409, "ALREADY_ENROLLED");
        }
        events.enrolment(enrolment.status == Status.CONFIRMED ? TrainingEvents.CONFIRMED : TrainingEvents.WAITLISTED,
                enrolment, session, course);
        Integer place = enrolment.status == Status.WAITLISTED ? waitlistPlaces(List.of(enrolment.id)).get(enrolment.id)
                : null;
        return new Versioned<>(view(enrolment, session, course, place), enrolment.version);
    }

    /** The worker's own enrolment, or 404. */
    public Enrolment own(long id) {
        return Enrolment.<Enrolment>find("id = ?1 and workerSubject = ?2", id, user.subject()).firstResultOptional()
                .orElseThrow(ProblemException::notFound);
    }

    /** An enrolment in a course the calling officer manages, or 404. */
    Enrolment managed(long id) {
        Enrolment enrolment = Enrolment.<Enrolment>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        CourseSession session = CourseSession.findById(enrolment.sessionId);
        courses.managed(session.courseId);
        return enrolment;
    }

    public Versioned<EnrolmentView> get(long id) {
        Enrolment enrolment = office.isOfficer() ? managed(id) : own(id);
        return new Versioned<>(view(enrolment), enrolment.version);
    }

    public Page<EnrolmentView> mine(PageRequest page) {
        return Page.ofAll(Enrolment.<Enrolment>find("workerSubject = ?1 order by enrolledAt desc, id desc", user.subject()),
                page, this::views, true);
    }

    /** The worker gives up their seat or waitlist place; a freed seat goes to the first on the waitlist. */
    @Transactional
    public Versioned<EnrolmentView> cancel(long id, String ifMatch) {
        Enrolment enrolment = own(id);
        lockSession(enrolment.sessionId);
        em.refresh(enrolment);
        EntityTags.checkIfMatch(ifMatch, enrolment.version);
        if (enrolment.status == Status.CONFIRMED) {
            em.createNativeQuery("update course_session set confirmed_count = confirmed_count - 1 where id = :id")
                    .setParameter("id", enrolment.sessionId).executeUpdate();
            end(enrolment, Status.CANCELLED);
            promoteFirstWaitlisted(enrolment.sessionId);
        } else if (enrolment.status == Status.WAITLISTED) {
            end(enrolment, Status.CANCELLED);
        } else {
            throw ProblemException.actionNotAllowed("ENROLMENT_NOT_ACTIVE", List.of(), enrolment.status);
        }
        enrolment.persistAndFlush();
        announce(TrainingEvents.CANCELLED, enrolment);
        return new Versioned<>(view(enrolment), enrolment.version);
    }

    /** Records that a confirmed worker completed the session, with the certificate number. */
    @Transactional
    public Versioned<EnrolmentView> complete(long id, String ifMatch, String certificateNumber) {
        return end(id, ifMatch, Status.COMPLETED, certificateNumber);
    }

    @Transactional
    public Versioned<EnrolmentView> noShow(long id, String ifMatch) {
        return end(id, ifMatch, Status.NO_SHOW, null);
    }

    /**
     * The officer's record of how a confirmed enrolment ended. Only once the session has started: a completion
     * recorded in advance would let a subsidy be claimed for training that has not happened.
     */
    private Versioned<EnrolmentView> end(long id, String ifMatch, Status result, String certificateNumber) {
        Enrolment enrolment = managed(id);
        EntityTags.checkIfMatch(ifMatch, enrolment.version);
        if (enrolment.status != Status.CONFIRMED) {
            throw ProblemException.actionNotAllowed("ENROLMENT_NOT_CONFIRMED", List.of(), enrolment.status);
        }
        CourseSession session = CourseSession.findById(enrolment.sessionId);
        if (PortalTime.today(clock).isBefore(session.startsOn)) {
            throw new ProblemException(409, "SESSION_NOT_STARTED", session.startsOn.toString());
        }
        EnrolmentView before = view(enrolment);
        enrolment.status = result;
        enrolment.certificateNumber = certificateNumber;
        enrolment.endedAt = Instant.now(clock);
        enrolment.persistAndFlush();
        events.enrolment(result == Status.COMPLETED ? TrainingEvents.COMPLETED : TrainingEvents.NO_SHOW, enrolment,
                session, Course.findById(session.courseId));
        EnrolmentView after = view(enrolment);
        audit.changed("ENROLMENT", id, result == Status.COMPLETED ? "COMPLETE" : "NO_SHOW", before, after);
        return new Versioned<>(after, enrolment.version);
    }

    public RosterView roster(long sessionId) {
        CourseSession session = CourseSession.<CourseSession>findByIdOptional(sessionId)
                .orElseThrow(ProblemException::notFound);
        courses.managed(session.courseId);
        List<Enrolment> all = Enrolment.list("sessionId = ?1 order by id", sessionId);
        List<Enrolment> waitlisted = all.stream().filter(e -> e.status == Status.WAITLISTED)
                .sorted(Comparator.comparing(e -> e.waitlistSeq)).toList();
        List<RosterEntry> waitlist = IntStream.range(0, waitlisted.size())
                .mapToObj(i -> entry(waitlisted.get(i), i + 1)).toList();
        return new RosterView(courses.sessionViews(List.of(session)).get(0),
                all.stream().filter(e -> e.status == Status.CONFIRMED).map(e -> entry(e, null)).toList(), waitlist,
                all.stream().filter(e -> e.status != Status.CONFIRMED && e.status != Status.WAITLISTED)
                        .map(e -> entry(e, null)).toList());
    }

    private static RosterEntry entry(Enrolment e, Integer position) {
        return new RosterEntry(e.id, e.workerName, e.status, position, e.enrolledAt, e.certificateNumber);
    }

    private void lockSession(long sessionId) {
        em.createNativeQuery("select id from course_session where id = :id for update").setParameter("id", sessionId)
                .getSingleResult();
    }

    /** Gives a freed seat to the earliest waitlisted worker, if any (the session row is locked by the caller). */
    private void promoteFirstWaitlisted(long sessionId) {
        Enrolment first = Enrolment.<Enrolment>find("sessionId = ?1 and status = ?2 order by waitlistSeq", sessionId,
                Status.WAITLISTED).firstResult();
        if (first == null) {
            return;
        }
        int seated = em.createNativeQuery("""
                update course_session set confirmed_count = confirmed_count + 1
                 where id = :id and not cancelled and confirmed_count < capacity
                """).setParameter("id", sessionId).executeUpdate();
        if (seated == 1) {
            first.status = Status.CONFIRMED;
            first.waitlistSeq = null;
            first.promoted = true;
            first.confirmedAt = Instant.now(clock);
            announce(TrainingEvents.PROMOTED, first);
        }
    }

    private void announce(String type, Enrolment enrolment) {
        CourseSession session = CourseSession.findById(enrolment.sessionId);
        events.enrolment(type, enrolment, session, Course.findById(session.courseId));
    }

    private void end(Enrolment enrolment, Status status) {
        enrolment.status = status;
        enrolment.waitlistSeq = null;
        enrolment.endedAt = Instant.now(clock);
    }

    EnrolmentView view(Enrolment enrolment) {
        return views(List.of(enrolment)).get(0);
    }

    /** Views of enrolments with their sessions, courses and waitlist places: one query per table for the lot. */
    private List<EnrolmentView> views(List<Enrolment> enrolments) {
        if (enrolments.isEmpty()) {
            return List.of();
        }
        Map<Long, CourseSession> sessions = CourseSession.<CourseSession>list("id in ?1",
                enrolments.stream().map(e -> e.sessionId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        Map<Long, Course> courses = Course.<Course>list("id in ?1",
                sessions.values().stream().map(s -> s.courseId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<Long, Integer> places = waitlistPlaces(enrolments.stream()
                .filter(e -> e.status == Status.WAITLISTED).map(e -> e.id).toList());
        return enrolments.stream().map(e -> {
            CourseSession session = sessions.get(e.sessionId);
            return view(e, session, courses.get(session.courseId), places.get(e.id));
        }).toList();
    }

    private static EnrolmentView view(Enrolment e, CourseSession session, Course course, Integer place) {
        return new EnrolmentView(e.id, e.sessionId, course.id, course.title, session.startsOn, e.status, place,
                e.promoted, e.enrolledAt, e.confirmedAt, e.certificateNumber);
    }

    /** Each waitlisted enrolment's place in its session's queue (1 = next to get a seat). */
    private Map<Long, Integer> waitlistPlaces(List<Long> waitlisted) {
        if (waitlisted.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.id, (select count(*) from enrolment w where w.session_id = e.session_id
                                 and w.status = 'WAITLISTED' and w.waitlist_seq <= e.waitlist_seq)
                  from enrolment e where e.id in (:ids)
                """).setParameter("ids", waitlisted).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> ((Number) r[1]).intValue()));
    }
}
