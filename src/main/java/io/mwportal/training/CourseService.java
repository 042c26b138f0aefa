package io.mwportal.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.mwportal.platform.audit.AuditLog;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;
import io.mwportal.training.Course.CourseMode;
import io.mwportal.training.Course.CourseStatus;
import io.mwportal.training.TrainingViews.CourseRequest;
import io.mwportal.training.TrainingViews.CourseView;
import io.mwportal.training.TrainingViews.SessionRequest;
import io.mwportal.training.TrainingViews.SessionView;
import io.quarkus.panache.common.Parameters;

/** Courses and sessions: training officers publish them, anyone browses the published ones. */
@ApplicationScoped
public class CourseService {

    /** Object type of courses in the audit. */
    static final String AUDIT_TYPE = "COURSE";

    @Inject
    TrainingOffice office;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    TrainingEvents events;

    /** A course the caller may see: published for anyone, any status for the officers who manage it; else 404. */
    public Course visible(long id) {
        Course course = Course.<Course>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        if (course.status == CourseStatus.PUBLISHED || office.manages(course.jurisdiction)) {
            return course;
        }
        throw ProblemException.notFound();
    }

    /** A course the caller manages (404 otherwise: other offices' courses are not theirs to know). */
    public Course managed(long id) {
        Course course = Course.<Course>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        if (!office.manages(course.jurisdiction)) {
            throw ProblemException.notFound();
        }
        return course;
    }

    @Transactional
    public Versioned<CourseView> create(CourseRequest request) {
        validate(request);
        Course course = new Course();
        course.status = CourseStatus.DRAFT;
        course.createdAt = Instant.now(clock);
        apply(course, request);
        course.persistAndFlush();
        Versioned<CourseView> created = versioned(course);
        audit.changed(AUDIT_TYPE, course.id, "CREATE", null, created.body());
        return created;
    }

    @Transactional
    public Versioned<CourseView> update(long id, String ifMatch, CourseRequest request) {
        Course course = managed(id);
        EntityTags.checkIfMatch(ifMatch, course.version);
        if (course.status == CourseStatus.CANCELLED) {
            throw ProblemException.actionNotAllowed("COURSE_CANCELLED", List.of());
        }
        validate(request);
        CourseView before = view(course);
        apply(course, request);
        course.persistAndFlush();
        Versioned<CourseView> updated = versioned(course);
        audit.changed(AUDIT_TYPE, id, "UPDATE", before, updated.body());
        return updated;
    }

    @Transactional
    public Versioned<CourseView> publish(long id, String ifMatch) {
        Course course = managed(id);
        EntityTags.checkIfMatch(ifMatch, course.version);
        if (course.status != CourseStatus.DRAFT) {
            throw ProblemException.actionNotAllowed("COURSE_NOT_DRAFT", allowed(course), course.status);
        }
        CourseView before = view(course);
        course.status = CourseStatus.PUBLISHED;
        course.updatedAt = Instant.now(clock);
        course.persistAndFlush();
        Versioned<CourseView> published = versioned(course);
        audit.changed(AUDIT_TYPE, id, "PUBLISH", before, published.body());
        return published;
    }

    /** Cancels the course and all its sessions; every worker enrolled or waitlisted is told why. */
    @Transactional
    public Versioned<CourseView> cancel(long id, String ifMatch, String reason) {
        Course course = managed(id);
        EntityTags.checkIfMatch(ifMatch, course.version);
        if (course.status == CourseStatus.CANCELLED) {
            throw ProblemException.actionNotAllowed("COURSE_CANCELLED", List.of());
        }
        CourseView before = view(course);
        course.status = CourseStatus.CANCELLED;
        course.updatedAt = Instant.now(clock);
        List<CourseSession> sessions = sessions(course);
        List<Long> sessionIds = sessions.stream().map(s -> s.id).toList();
        if (!sessionIds.isEmpty()) {
            List<Enrolment> affected = Enrolment.list("sessionId in ?1 and status in ?2", sessionIds,
                    List.of(Enrolment.Status.CONFIRMED, Enrolment.Status.WAITLISTED));
            em.createNativeQuery("update course_session set cancelled = true, version = version + 1 where id in (:ids)")
                    .setParameter("ids", sessionIds).executeUpdate();
            em.createNativeQuery("""
                    update enrolment set status = 'SESSION_CANCELLED', waitlist_seq = null, ended_at = now(),
                           version = version + 1
                     where session_id in (:ids) and status in ('CONFIRMED', 'WAITLISTED')
                    """).setParameter("ids", sessionIds).executeUpdate();
            Map<Long, CourseSession> byId = sessions.stream().collect(Collectors.toMap(s -> s.id, s -> s));
            affected.forEach(e -> events.sessionCancelled(e, byId.get(e.sessionId), course, reason));
        }
        events.courseCancelled(course);
        course.persistAndFlush();
        em.clear();
        Versioned<CourseView> cancelled = versioned(Course.findById(id));
        audit.changed(AUDIT_TYPE, id, "CANCEL", before, cancelled.body(), reason);
        return cancelled;
    }

    @Transactional
    public SessionView addSession(long courseId, SessionRequest request) {
        Course course = managed(courseId);
        if (course.status == CourseStatus.CANCELLED) {
            throw ProblemException.actionNotAllowed("COURSE_CANCELLED", List.of());
        }
        List<Violation> errors = new ArrayList<>();
        if (request.endsOn().isBefore(request.startsOn())) {
            errors.add(new Violation("endsOn", "PERIOD_END_BEFORE_START"));
        }
        if (request.startsOn().isBefore(PortalTime.today(clock))) {
            errors.add(new Violation("startsOn", "IN_PAST"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.withErrors(422, "SESSION_INVALID", errors);
        }
        CourseSession session = new CourseSession();
        session.courseId = course.id;
        session.startsOn = request.startsOn();
        session.endsOn = request.endsOn();
        session.schedule = request.schedule();
        session.capacity = request.capacity();
        session.persistAndFlush();
        SessionView created = sessionViews(List.of(session)).get(0);
        audit.changed("COURSE_SESSION", session.id, "CREATE", null, created);
        return created;
    }

    public record BrowseFilter(String occupation, String district, CourseMode mode, LocalDate startingAfter,
            Boolean hasFreeSeats) {
    }

    /** Published courses, newest first; a course qualifies when one of its open sessions matches the dates and seats. */
    public Page<CourseView> browse(BrowseFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("c.status = 'PUBLISHED'");
        Parameters params = new Parameters();
        if (filter.occupation() != null) {
            // A full code, or a group prefix such as 6-18.
            where.append(" and (c.occupationCode = :occupation or c.occupationCode like :group)");
            params.and("occupation", filter.occupation()).and("group", filter.occupation() + "-%");
        }
        if (filter.district() != null) {
            where.append(" and c.jurisdiction = :district");
            params.and("district", filter.district());
        }
        if (filter.mode() != null) {
            where.append(" and c.mode = :mode");
            params.and("mode", filter.mode());
        }
        if (filter.startingAfter() != null || Boolean.TRUE.equals(filter.hasFreeSeats())) {
            where.append(" and exists (select 1 from CourseSession s where s.courseId = c.id and s.cancelled = false");
            if (filter.startingAfter() != null) {
                where.append(" and s.startsOn > :startingAfter");
                params.and("startingAfter", filter.startingAfter());
            }
            if (Boolean.TRUE.equals(filter.hasFreeSeats())) {
                where.append(" and s.confirmedCount < s.capacity");
            }
            where.append(")");
        }
        var query = Course.<Course>find("from Course c where " + where + " order by c.createdAt desc, c.id desc",
                params);
        return Page.ofAll(query, page, this::views, true);
    }

    public CourseView view(Course course) {
        return views(List.of(course)).get(0);
    }

    /** Views of courses with their sessions and seat counts: one query per table, however many courses. */
    private List<CourseView> views(List<Course> courses) {
        if (courses.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = referenceData.occupationNames(courses.stream().map(c -> c.occupationCode).toList());
        List<CourseSession> sessions = CourseSession.list("courseId in ?1 order by startsOn, id",
                courses.stream().map(c -> c.id).toList());
        Map<Long, SessionView> seats = sessionViews(sessions).stream()
                .collect(Collectors.toMap(SessionView::id, Function.identity()));
        Map<Long, List<SessionView>> byCourse = sessions.stream().collect(Collectors.groupingBy(s -> s.courseId,
                Collectors.mapping(s -> seats.get(s.id), Collectors.toList())));
        return courses.stream().map(course -> new CourseView(course.id, course.programme, course.title,
                course.occupationCode, names.get(course.occupationCode), course.skillLevel, course.provider,
                course.mode, course.jurisdiction, course.address, course.fee, course.subsidyEligible,
                course.subsidyAmount, course.description, course.status, byCourse.getOrDefault(course.id, List.of())))
                .toList();
    }

    Versioned<CourseView> versioned(Course course) {
        return new Versioned<>(view(course), course.version);
    }

    private static List<CourseSession> sessions(Course course) {
        return CourseSession.list("courseId = ?1 order by startsOn, id", course.id);
    }

    /** Counts read fresh from the database (seat counters are changed by SQL, not through the entities). */
    List<SessionView> sessionViews(List<CourseSession> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        List<Long> ids = sessions.stream().map(s -> s.id).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, s.confirmed_count, s.cancelled,
                       (select count(*) from enrolment e where e.session_id = s.id and e.status = 'WAITLISTED')
                  from course_session s where s.id in (:ids)
                """).setParameter("ids", ids).getResultList();
        Map<Long, Object[]> byId = rows.stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), Function.identity()));
        return sessions.stream().map(s -> {
            Object[] row = byId.get(s.id);
            int confirmed = ((Number) row[1]).intValue();
            boolean cancelled = (Boolean) row[2];
            return new SessionView(s.id, s.startsOn, s.endsOn, s.schedule, s.capacity, confirmed,
                    cancelled ? 0 : s.capacity - confirmed, ((Number) row[3]).intValue(), cancelled);
        }).toList();
    }

    private static List<String> allowed(Course course) {
        return course.status == CourseStatus.DRAFT ? List.of("publish", "cancel")
                : course.status == CourseStatus.PUBLISHED ? List.of("cancel") : List.of();
    }

    private void validate(CourseRequest request) {
        List<Violation> errors = new ArrayList<>();
        if (!referenceData.jurisdictionExists(request.jurisdiction())) {
            errors.add(new Violation("jurisdiction", "UNKNOWN_JURISDICTION", request.jurisdiction()));
        } else if (!office.manages(request.jurisdiction())) {
            errors.add(new Violation("jurisdiction", "OUTSIDE_YOUR_JURISDICTION", request.jurisdiction()));
        }
        if (referenceData.occupation(request.occupationCode()).isEmpty()) {
            errors.add(new Violation("occupationCode", "UNKNOWN_OCCUPATION", request.occupationCode()));
        }
        if (request.mode() == CourseMode.ON_SITE && (request.address() == null || request.address().isBlank())) {
            errors.add(new Violation("address", "REQUIRED_ON_SITE"));
        }
        if (request.subsidyAmount() != null && !request.subsidyEligible()) {
            errors.add(new Violation("subsidyAmount", "ONLY_FOR_SUBSIDISED_COURSES"));
        } else if (request.subsidyAmount() != null && request.subsidyAmount().compareTo(request.fee()) > 0) {
            errors.add(new Violation("subsidyAmount", "ABOVE_FEE", request.fee().toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.withErrors(422, "COURSE_INVALID", errors);
        }
    }

    private void apply(Course course, CourseRequest request) {
        course.programme = request.programme();
        course.title = request.title();
        course.occupationCode = request.occupationCode();
        course.skillLevel = request.skillLevel();
        course.provider = request.provider();
        course.mode = request.mode();
        course.jurisdiction = request.jurisdiction();
        course.address = request.address();
        course.fee = request.fee();
        course.subsidyEligible = request.subsidyEligible();
        course.subsidyAmount = !request.subsidyEligible() ? null
                : request.subsidyAmount() != null ? request.subsidyAmount() : request.fee();
        course.description = request.description();
        course.updatedAt = Instant.now(clock);
    }
}
