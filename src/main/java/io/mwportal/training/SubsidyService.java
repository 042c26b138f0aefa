package io.mwportal.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.mwportal.platform.audit.AuditLog;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;
import io.mwportal.training.TrainingViews.ClaimView;
import io.mwportal.training.TrainingViews.DecisionRequest;
import io.quarkus.panache.common.Parameters;

/**
 * Training-subsidy claims (技能提升补贴 rules, docs/rules.md): once per occupation and level per person; not
 * for a level below one the worker already holds for that occupation (level 1 高级技师 is the highest, 5 初级工 the
 * lowest); one a year, plus up to two more for occupations on the year's shortage list ({@link SubsidyCap},
 * {@link ShortageOccupationService}). Claims of one worker are checked under a per-worker lock, so two claims sent
 * at once cannot both slip under the cap.
 */
@ApplicationScoped
public class SubsidyService {

    @Inject
    TrainingEvents events;

    @Inject
    CurrentUser user;

    @Inject
    TrainingOffice office;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ShortageOccupationService shortage;

    @Inject
    ReferenceDataService referenceData;

    @ConfigProperty(name = "portal.training.subsidies-per-year")
    int perYear;

    @ConfigProperty(name = "portal.training.shortage-subsidies-per-year")
    int shortageExtra;

    @Transactional
    public Versioned<ClaimView> claim(long enrolmentId) {
        Enrolment enrolment = enrolments.own(enrolmentId);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:worker))").setParameter("worker", user.subject())
                .getSingleResult();
        if (enrolment.status != Enrolment.Status.COMPLETED) {
            throw new ProblemException(409, "ENROLMENT_NOT_COMPLETED", enrolment.status);
        }
        CourseSession session = CourseSession.findById(enrolment.sessionId);
        Course course = Course.findById(session.courseId);
        if (!course.subsidyEligible) {
            throw new ProblemException(422, "COURSE_NOT_SUBSIDISED");
        }
        if (SubsidyClaim.count("enrolmentId", enrolmentId) > 0) {
            throw new ProblemException(409, "CLAIM_EXISTS");
        }
        Parameters live = Parameters.with("worker", user.subject()).and("occupation", course.occupationCode)
                .and("live", List.of(SubsidyClaim.Status.SUBMITTED, SubsidyClaim.Status.APPROVED));
        if (SubsidyClaim.count("workerSubject = :worker and occupationCode = :occupation and skillLevel = :level "
                + "and status in :live", live.and("level", course.skillLevel)) > 0) {
            throw new ProblemException(422, "SUBSIDY_ALREADY_GRANTED",
                    referenceData.occupationName(course.occupationCode), course.skillLevel);
        }
        if (holdsHigherLevel(course)) {
            throw new ProblemException(422, "HIGHER_LEVEL_HELD",
                    referenceData.occupationName(course.occupationCode), course.skillLevel);
        }
        int year = PortalTime.today(clock).getYear();
        List<SubsidyClaim> thisYear = SubsidyClaim.list("workerSubject = ?1 and year = ?2 and status in ?3",
                user.subject(), year, List.of(SubsidyClaim.Status.SUBMITTED, SubsidyClaim.Status.APPROVED));
        long outsideList = thisYear.stream().filter(c -> !shortage.isShortage(year, c.occupationCode)).count();
        String refused = new SubsidyCap(perYear, shortageExtra).refusal(thisYear.size(), outsideList,
                shortage.isShortage(year, course.occupationCode));
        if (refused != null) {
            throw new ProblemException(422, refused, perYear, shortageExtra, Integer.toString(year));
        }
        SubsidyClaim claim = new SubsidyClaim();
        claim.enrolmentId = enrolmentId;
        claim.workerSubject = user.subject();
        claim.occupationCode = course.occupationCode;
        claim.skillLevel = course.skillLevel;
        claim.year = year;
        claim.jurisdiction = course.jurisdiction;
        claim.status = SubsidyClaim.Status.SUBMITTED;
        claim.createdAt = Instant.now(clock);
        claim.persistAndFlush();
        events.claim(TrainingEvents.CLAIM_SUBMITTED, claim);
        return new Versioned<>(view(claim), claim.version);
    }

    /** A completed course or a live claim at a higher level (smaller number) of the same occupation. */
    private boolean holdsHigherLevel(Course course) {
        long certificates = ((Number) em.createNativeQuery("""
                select count(*) from enrolment e join course_session s on s.id = e.session_id
                  join course c on c.id = s.course_id
                 where e.worker_subject = :worker and e.status = 'COMPLETED'
                   and c.occupation_code = :occupation and c.skill_level < :level
                """).setParameter("worker", user.subject()).setParameter("occupation", course.occupationCode)
                .setParameter("level", course.skillLevel).getSingleResult()).longValue();
        return certificates > 0 || SubsidyClaim.count("workerSubject = ?1 and occupationCode = ?2 and skillLevel < ?3 "
                + "and status in ?4", user.subject(), course.occupationCode, course.skillLevel,
                List.of(SubsidyClaim.Status.SUBMITTED, SubsidyClaim.Status.APPROVED)) > 0;
    }

    /** The worker's own claim, or one of the calling officer's jurisdiction; 404 otherwise. */
    public SubsidyClaim visible(long id) {
        SubsidyClaim claim = SubsidyClaim.<SubsidyClaim>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        boolean mine = !office.isOfficer() && claim.workerSubject.equals(user.subject());
        if (!mine && !office.manages(claim.jurisdiction)) {
            throw ProblemException.notFound();
        }
        return claim;
    }

    public Versioned<ClaimView> get(long id) {
        SubsidyClaim claim = visible(id);
        return new Versioned<>(view(claim), claim.version);
    }

    public Page<ClaimView> list(SubsidyClaim.Status status, PageRequest page) {
        StringBuilder where = new StringBuilder();
        Parameters params = new Parameters();
        if (office.isOfficer()) {
            String jurisdiction = user.requireJurisdiction();
            where.append(CurrentUser.CITY_JURISDICTION.equals(jurisdiction) ? "1 = 1" : "jurisdiction = :office");
            if (!CurrentUser.CITY_JURISDICTION.equals(jurisdiction)) {
                params.and("office", jurisdiction);
            }
        } else {
            where.append("workerSubject = :worker");
            params.and("worker", user.subject());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return Page.of(SubsidyClaim.<SubsidyClaim>find(where + " order by createdAt desc, id desc", params), page,
                SubsidyService::view, true);
    }

    @Transactional
    public Versioned<ClaimView> decide(long id, boolean approve, String ifMatch, DecisionRequest decision) {
        SubsidyClaim claim = visible(id);
        if (!office.manages(claim.jurisdiction)) {
            throw ProblemException.notFound();
        }
        EntityTags.checkIfMatch(ifMatch, claim.version);
        if (claim.status != SubsidyClaim.Status.SUBMITTED) {
            throw ProblemException.actionNotAllowed("CLAIM_DECIDED", List.of(), claim.status);
        }
        DecisionRequest body = decision != null ? decision : new DecisionRequest(null, null);
        ClaimView before = view(claim);
        if (approve) {
            Enrolment enrolment = Enrolment.findById(claim.enrolmentId);
            Course course = Course.findById(CourseSession.<CourseSession>findById(enrolment.sessionId).courseId);
            // The course's configured subsidy is the most a completion earns; an officer may grant less, never more.
            BigDecimal amount = body.amount() != null ? body.amount() : course.subsidyAmount;
            if (course.subsidyAmount == null || amount.compareTo(course.subsidyAmount) > 0) {
                String most = course.subsidyAmount == null ? "0" : course.subsidyAmount.toPlainString();
                throw ProblemException.withErrors(422, "ACTION_INPUT_INVALID",
                        List.of(new ProblemException.Violation("amount", "ABOVE_COURSE_SUBSIDY", most)), "APPROVE");
            }
            claim.status = SubsidyClaim.Status.APPROVED;
            claim.amount = amount;
            claim.reason = body.reason();
        } else {
            if (body.reason() == null || body.reason().isBlank()) {
                throw ProblemException.withErrors(422, "ACTION_INPUT_MISSING",
                        List.of(new ProblemException.Violation("reason", "REQUIRED_FOR_ACTION")), "REJECT");
            }
            claim.status = SubsidyClaim.Status.REJECTED;
            claim.reason = body.reason();
        }
        claim.decidedBy = user.username();
        claim.decidedAt = Instant.now(clock);
        claim.persistAndFlush();
        events.claim(approve ? TrainingEvents.CLAIM_APPROVED : TrainingEvents.CLAIM_REJECTED, claim);
        ClaimView after = view(claim);
        audit.changed("SUBSIDY_CLAIM", id, approve ? "APPROVE" : "REJECT", before, after, body.reason());
        return new Versioned<>(after, claim.version);
    }

    static ClaimView view(SubsidyClaim c) {
        return new ClaimView(c.id, c.enrolmentId, c.occupationCode, c.skillLevel, c.year, c.status, c.amount, c.reason,
                c.createdAt, c.decidedAt);
    }
}
