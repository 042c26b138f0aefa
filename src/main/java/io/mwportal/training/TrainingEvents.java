package io.mwportal.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.mwportal.platform.events.EventAudience;
import io.mwportal.platform.events.EventSource;
import io.mwportal.platform.events.EventType;
import io.mwportal.platform.events.Events;
import io.mwportal.platform.security.Roles;

/** The events of training: enrolments, cancelled courses and subsidy decisions, for the worker and the course's office. */
@ApplicationScoped
public class TrainingEvents implements EventSource {

    static final String CONFIRMED = "enrolment.confirmed";
    static final String WAITLISTED = "enrolment.waitlisted";
    static final String PROMOTED = "enrolment.promoted";
    static final String CANCELLED = "enrolment.cancelled";
    static final String COMPLETED = "enrolment.completed";
    static final String NO_SHOW = "enrolment.no-show";
    static final String SESSION_CANCELLED = "enrolment.session-cancelled";
    static final String COURSE_CANCELLED = "course.cancelled";
    static final String CLAIM_SUBMITTED = "subsidy-claim.submitted";
    static final String CLAIM_APPROVED = "subsidy-claim.approved";
    static final String CLAIM_REJECTED = "subsidy-claim.rejected";

    private static final String ENROLMENT_DATA = " Data: enrolmentId, sessionId, courseId, courseTitle, startsOn.";
    private static final String CLAIM_DATA = " Data: claimId, enrolmentId, status, amount.";

    @Inject
    Events events;

    @Override
    public List<EventType> eventTypes() {
        String office = Roles.TRAINING_OFFICER;
        return List.of(
                new EventType(CONFIRMED, true, office, false, "A worker holds a seat." + ENROLMENT_DATA),
                new EventType(WAITLISTED, true, office, false, "The session was full: a waitlist place." + ENROLMENT_DATA),
                new EventType(PROMOTED, true, office, false, "A waitlisted worker got a freed seat." + ENROLMENT_DATA),
                new EventType(CANCELLED, true, office, false, "The worker gave up a seat or place." + ENROLMENT_DATA),
                new EventType(COMPLETED, true, office, false, "Completion recorded." + ENROLMENT_DATA),
                new EventType(NO_SHOW, true, office, false, "The worker did not attend." + ENROLMENT_DATA),
                new EventType(SESSION_CANCELLED, true, office, false, "The course was cancelled." + ENROLMENT_DATA
                        + " And reason."),
                new EventType(COURSE_CANCELLED, false, office, false, "A course and its sessions were cancelled. "
                        + "Data: courseId, courseTitle."),
                new EventType(CLAIM_SUBMITTED, true, office, false, "A subsidy claimed." + CLAIM_DATA),
                new EventType(CLAIM_APPROVED, true, office, false, "A subsidy approved." + CLAIM_DATA),
                new EventType(CLAIM_REJECTED, true, office, false, "A subsidy rejected." + CLAIM_DATA));
    }

    void enrolment(String type, Enrolment enrolment, CourseSession session, Course course) {
        events.record(type, enrolment.id, office(course).withWorker(enrolment.workerSubject),
                data(enrolment, session, course));
    }

    /** With the office's reason, which the worker is told. */
    void sessionCancelled(Enrolment enrolment, CourseSession session, Course course, String reason) {
        Map<String, Object> data = data(enrolment, session, course);
        data.put("reason", reason);
        events.record(SESSION_CANCELLED, enrolment.id, office(course).withWorker(enrolment.workerSubject), data);
    }

    private static Map<String, Object> data(Enrolment enrolment, CourseSession session, Course course) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enrolmentId", enrolment.id);
        data.put("sessionId", session.id);
        data.put("courseId", course.id);
        data.put("courseTitle", course.title);
        data.put("startsOn", session.startsOn.toString());
        return data;
    }

    void courseCancelled(Course course) {
        events.record(COURSE_CANCELLED, course.id, office(course), Map.of("courseId", course.id, "courseTitle",
                course.title));
    }

    void claim(String type, SubsidyClaim claim) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claimId", claim.id);
        data.put("enrolmentId", claim.enrolmentId);
        data.put("status", claim.status.name());
        if (claim.amount != null) {
            data.put("amount", claim.amount.toPlainString());
        }
        events.record(type, claim.id, EventAudience.office(claim.jurisdiction, Roles.TRAINING_OFFICER)
                .withWorker(claim.workerSubject), data);
    }

    private static EventAudience office(Course course) {
        return EventAudience.office(course.jurisdiction, Roles.TRAINING_OFFICER);
    }
}
