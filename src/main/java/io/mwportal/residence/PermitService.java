package io.mwportal.residence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.mwportal.casework.CaseFile;
import io.mwportal.casework.ReadAudit;
import io.mwportal.platform.audit.AuditLog;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.privacy.Masking;
import io.mwportal.platform.reference.Jurisdiction;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.validation.Iso7064;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.RateLimiter;
import io.mwportal.platform.web.Versioned;
import io.mwportal.residence.ResidenceEnums.CheckResult;
import io.mwportal.residence.ResidenceEnums.EndorsementStatus;
import io.mwportal.residence.ResidenceEnums.PermitState;
import io.mwportal.residence.ResidenceViews.CancelRequest;
import io.mwportal.residence.ResidenceViews.CheckView;
import io.mwportal.residence.ResidenceViews.EndorsementRequest;
import io.mwportal.residence.ResidenceViews.EndorsementView;
import io.mwportal.residence.ResidenceViews.OfficeView;
import io.mwportal.residence.ResidenceViews.PermitView;
import io.mwportal.residence.ResidenceViews.VerificationRequest;
import io.mwportal.residence.ResidenceViews.VerificationResult;
import io.mwportal.residence.ResidenceViews.WindowView;

/**
 * Issued residence permits (docs/rules.md, "Residence permits"): numbers, the yearly endorsement and the suspension
 * that a missed one brings (居住证暂行条例 Art 10), cancellation, and verification by schools, hospitals and
 * employers that tells them the state and nothing else, every check readable by the holder (Art 17, 20).
 */
@ApplicationScoped
public class PermitService {

    static final String AUDIT_PERMIT = "RESIDENCE_PERMIT";
    static final String AUDIT_ENDORSEMENT = "RESIDENCE_ENDORSEMENT";

    /** Art 21: the first permit is free of charge. */
    private static final BigDecimal FIRST_PERMIT_FEE = BigDecimal.ZERO.setScale(2);

    @Inject
    CurrentUser user;

    @Inject
    ResidenceConfig config;

    @Inject
    ResidenceWorkflow workflow;

    @Inject
    ReadAudit readAudit;

    @Inject
    AuditLog audit;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Serialises, until the transaction ends, the filings and issues for one person. */
    void lockPerson(String idNumber) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "residence:" + idNumber).getSingleResult();
    }

    /** Whether {@code idNumber} holds a permit that has not been cancelled. */
    boolean inForce(String idNumber) {
        return ResidencePermit.count("holderIdNumber = ?1 and cancelledOn is null", idNumber) > 0;
    }

    /** Issues the permit of an accepted application: a new number of the office, valid for a year, free. */
    ResidencePermit issue(CaseFile file, ResidenceApplication application) {
        LocalDate today = today();
        ResidencePermit permit = new ResidencePermit();
        permit.number = nextNumber(file.jurisdiction, today.getYear());
        permit.applicationId = file.id;
        permit.ownerSubject = file.ownerSubject;
        permit.holderName = application.applicant.name;
        permit.holderIdNumber = application.applicant.idNumber;
        permit.jurisdiction = file.jurisdiction;
        permit.issuedOn = today;
        permit.validThrough = PermitDates.anniversary(today, 1);
        permit.fee = FIRST_PERMIT_FEE;
        permit.persist();
        return permit;
    }

    /** Office code, year, the office's next number of the year (one row per office and year), check character. */
    private String nextNumber(String jurisdiction, int year) {
        int value = ((Number) em.createNativeQuery("""
                insert into residence_permit_sequence (jurisdiction, year, last_value) values (:office, :year, 1)
                on conflict (jurisdiction, year) do update set last_value = residence_permit_sequence.last_value + 1
                returning last_value""").setParameter("office", jurisdiction).setParameter("year", year)
                .getSingleResult()).intValue();
        String digits = jurisdiction + year + String.format("%06d", value);
        return digits + Iso7064.mod11Check(digits);
    }

    void collected(long applicationId) {
        ResidencePermit.<ResidencePermit>find("applicationId", applicationId).firstResultOptional()
                .ifPresent(permit -> permit.collectedAt = Instant.now(clock));
    }

    /** The permit of an application, as part of the application's view (null before issue). */
    PermitView forApplication(CaseFile file, boolean full) {
        return ResidencePermit.<ResidencePermit>find("applicationId", file.id).firstResultOptional()
                .map(permit -> view(permit, full, file.trackingNumber)).orElse(null);
    }

    // ---- the holder's and the office's reads ----

    /** The caller's permits (holder or the guardian who applied), or an office's, newest first. */
    @Transactional
    public Page<PermitView> list(PageRequest page) {
        var query = isOfficer()
                ? ResidencePermit.<ResidencePermit>find("jurisdiction = ?1 order by issuedOn desc, id desc",
                        user.requireJurisdiction())
                : ResidencePermit.<ResidencePermit>find("ownerSubject = ?1 order by issuedOn desc, id desc",
                        user.subject());
        return Page.of(query, page, permit -> view(permit, true, trackingNumber(permit)), false);
    }

    /** One permit: the holder's, or one of the officer's office (a city-level officer sees every office's, masked). */
    @Transactional
    public Versioned<PermitView> get(String number) {
        ResidencePermit permit = visible(number);
        return new Versioned<>(view(permit, fullView(permit), trackingNumber(permit)), permit.version);
    }

    /** Who checked the caller's permit, newest first (Art 17, 20). */
    @Transactional
    public Page<CheckView> checks(String number, PageRequest page) {
        ResidencePermit permit = owned(number);
        var query = PermitCheck.<PermitCheck>find("permitId = ?1 order by checkedAt desc, id desc", permit.id);
        return Page.of(query, page, c -> new CheckView(c.clientId, c.result, c.checkedAt), true);
    }

    // ---- endorsement (Art 10) ----

    /**
     * The holder asks for the year's endorsement: in the month before the anniversary, or late while suspended (which
     * restores it once approved). Too early → 409 with the window; cancelled → 409; one pending at a time.
     */
    @Transactional
    public EndorsementView endorse(String number, EndorsementRequest request) {
        ResidencePermit permit = owned(number);
        LocalDate today = today();
        if (permit.cancelledOn != null) {
            throw new ProblemException(409, "PERMIT_CANCELLED");
        }
        if (pending(permit).isPresent()) {
            throw new ProblemException(409, "ENDORSEMENT_PENDING");
        }
        LocalDate opens = PermitDates.windowOpens(permit.validThrough, config.endorsementWindowMonths());
        if (today.isBefore(opens)) {
            throw ProblemException.outsideWindow("ENDORSEMENT_WINDOW_NOT_OPEN", opens, permit.validThrough,
                    opens.toString(), permit.validThrough.toString());
        }
        ResidenceEndorsement endorsement = new ResidenceEndorsement();
        endorsement.permitId = permit.id;
        endorsement.jurisdiction = permit.jurisdiction;
        endorsement.requestedOn = today;
        endorsement.requestedAt = Instant.now(clock);
        endorsement.dueBy = permit.validThrough;
        endorsement.residenceAddress = request.residenceAddress();
        endorsement.status = EndorsementStatus.PENDING;
        endorsement.persist();
        return view(endorsement, permit);
    }

    /** An office's endorsements (pending by default), oldest first; a city-level officer may name another office. */
    @Transactional
    public Page<EndorsementView> endorsements(EndorsementStatus status, String jurisdiction, PageRequest page) {
        String own = user.requireJurisdiction();
        String office = jurisdiction == null ? own : jurisdiction;
        if (!office.equals(own) && !user.isCityLevel()) {
            throw new ProblemException(403, "FORBIDDEN");
        }
        var query = ResidenceEndorsement.<ResidenceEndorsement>find(
                "jurisdiction = ?1 and status = ?2 order by requestedAt asc, id asc", office,
                status == null ? EndorsementStatus.PENDING : status);
        return Page.of(query, page, e -> view(e, ResidencePermit.findById(e.permitId)), true);
    }

    /**
     * The office decides: approval makes the permit valid through the next anniversary after the year it was asked
     * for (or, asked late, after the day it was asked); a refusal gives the reason and leaves the permit as it was.
     */
    @Transactional
    public Versioned<EndorsementView> decide(long id, boolean approve, String ifMatch, String note) {
        ResidenceEndorsement endorsement = ResidenceEndorsement.<ResidenceEndorsement>findByIdOptional(id)
                .filter(e -> e.jurisdiction.equals(user.requireJurisdiction()))
                .orElseThrow(ProblemException::notFound);
        EntityTags.checkIfMatch(ifMatch, endorsement.version);
        if (endorsement.status != EndorsementStatus.PENDING) {
            throw new ProblemException(409, "ENDORSEMENT_DECIDED", endorsement.status);
        }
        if (!approve && (note == null || note.isBlank())) {
            throw ProblemException.withErrors(422, "ACTION_INPUT_MISSING",
                    List.of(new ProblemException.Violation("note", "REQUIRED_FOR_ACTION")), "refuse");
        }
        ResidencePermit permit = ResidencePermit.findById(endorsement.permitId);
        EndorsementView before = view(endorsement, permit);
        if (approve) {
            LocalDate from = endorsement.requestedOn.isAfter(endorsement.dueBy) ? endorsement.requestedOn
                    : endorsement.dueBy;
            permit.validThrough = PermitDates.anniversaryAfter(permit.issuedOn, from);
        }
        endorsement.status = approve ? EndorsementStatus.APPROVED : EndorsementStatus.REFUSED;
        endorsement.decidedAt = Instant.now(clock);
        endorsement.decidedBy = user.username();
        endorsement.note = note;
        em.flush();
        EndorsementView after = view(endorsement, permit);
        audit.changed(AUDIT_ENDORSEMENT, endorsement.id, approve ? "APPROVE" : "REFUSE", before, after, note);
        return new Versioned<>(after, endorsement.version);
    }

    /** The issuing office cancels a permit (注销): it is EXPIRED from then on and cannot be endorsed. */
    @Transactional
    public Versioned<PermitView> cancel(String number, String ifMatch, CancelRequest request) {
        ResidencePermit permit = ResidencePermit.<ResidencePermit>find("number", number).firstResultOptional()
                .filter(p -> p.jurisdiction.equals(user.requireJurisdiction()))
                .orElseThrow(ProblemException::notFound);
        EntityTags.checkIfMatch(ifMatch, permit.version);
        if (permit.cancelledOn != null) {
            throw new ProblemException(409, "PERMIT_CANCELLED");
        }
        String application = trackingNumber(permit);
        PermitView before = view(permit, true, application);
        permit.cancelledOn = today();
        permit.cancelReason = request.reasonCode();
        pending(permit).ifPresent(e -> {
            e.status = EndorsementStatus.REFUSED;
            e.decidedAt = Instant.now(clock);
            e.decidedBy = user.username();
            e.note = request.note();
        });
        em.flush();
        PermitView after = view(permit, true, application);
        audit.changed(AUDIT_PERMIT, permit.number, "CANCEL", before, after, request.note());
        return new Versioned<>(after, permit.version);
    }

    // ---- verification (一证通) ----

    /**
     * A verifying client (scope {@value CurrentUser#VERIFY_PERMITS_SCOPE}) learns the state and the date it holds to,
     * nothing else. An unknown number and a name that does not match answer alike: the same query, the same write,
     * the same body. Every check is kept for the holder.
     */
    @Transactional
    public VerificationResult verify(VerificationRequest request) {
        if (!user.hasScope(CurrentUser.VERIFY_PERMITS_SCOPE)) {
            throw new ProblemException(403, "FORBIDDEN");
        }
        String client = user.clientId().orElseThrow(() -> new ProblemException(403, "FORBIDDEN"));
        rateLimiter.acquire("permit-verifications", client, config.verificationsPerMinute(), Duration.ofMinutes(1));
        Optional<ResidencePermit> permit = ResidencePermit.<ResidencePermit>find("number", request.permitNumber())
                .firstResultOptional();
        boolean matches = permit.isPresent() && sameName(permit.get().holderName, request.holderName());
        VerificationResult result = matches ? result(permit.get()) : new VerificationResult(CheckResult.NOT_FOUND, null);
        PermitCheck check = new PermitCheck();
        check.clientId = client;
        check.permitId = permit.map(p -> p.id).orElse(null);
        check.result = result.result();
        check.checkedAt = Instant.now(clock);
        check.persist();
        return result;
    }

    private VerificationResult result(ResidencePermit permit) {
        PermitState state = state(permit);
        LocalDate until = switch (state) {
            case VALID -> validThrough(permit);
            case SUSPENDED -> permit.validThrough;
            case EXPIRED -> permit.cancelledOn;
        };
        return new VerificationResult(CheckResult.valueOf(state.name()), until);
    }

    /** Names compared as written (NFC, outer spaces ignored), in time independent of where they differ. */
    private static boolean sameName(String holder, String given) {
        byte[] a = Normalizer.normalize(holder.strip(), Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        byte[] b = Normalizer.normalize(given.strip(), Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(a, b);
    }

    // ---- state and views ----

    PermitState state(ResidencePermit permit) {
        Optional<ResidenceEndorsement> pending = pending(permit);
        return PermitDates.state(today(), permit.validThrough, permit.cancelledOn != null,
                pending.map(ResidenceEndorsement::inTime).orElse(false));
    }

    /** The last valid day as it stands: an endorsement asked for in time counts as given while it is decided. */
    private LocalDate validThrough(ResidencePermit permit) {
        boolean pendingInTime = pending(permit).map(ResidenceEndorsement::inTime).orElse(false);
        return pendingInTime && today().isAfter(permit.validThrough)
                ? PermitDates.anniversaryAfter(permit.issuedOn, permit.validThrough) : permit.validThrough;
    }

    private Optional<ResidenceEndorsement> pending(ResidencePermit permit) {
        return ResidenceEndorsement.<ResidenceEndorsement>find("permitId = ?1 and status = ?2", permit.id,
                EndorsementStatus.PENDING).firstResultOptional();
    }

    private PermitView view(ResidencePermit p, boolean full, String application) {
        PermitState state = state(p);
        boolean pending = pending(p).isPresent();
        LocalDate validThrough = validThrough(p);
        WindowView window = state == PermitState.EXPIRED ? null
                : new WindowView(PermitDates.windowOpens(validThrough, config.endorsementWindowMonths()), validThrough);
        List<EndorsementView> endorsements = ResidenceEndorsement.<ResidenceEndorsement>list(
                "permitId = ?1 order by requestedAt desc, id desc", p.id).stream().map(e -> view(e, p)).toList();
        List<String> actions = new ArrayList<>();
        if (p.ownerSubject.equals(user.isAnonymous() ? null : user.subject()) && state != PermitState.EXPIRED
                && !pending && !today().isBefore(window.opensOn())) {
            actions.add("endorse");
        }
        if (isOfficer() && p.cancelledOn == null && p.jurisdiction.equals(user.jurisdiction().orElse(null))) {
            actions.add("cancel");
        }
        return new PermitView(p.number, p.holderName, full ? p.holderIdNumber : Masking.idNumber(p.holderIdNumber),
                state, office(p.jurisdiction), p.issuedOn, validThrough,
                state == PermitState.SUSPENDED ? p.validThrough.plusDays(1) : null, window, pending, p.fee,
                p.collectedAt, p.cancelledOn, p.cancelReason, application, endorsements, actions);
    }

    private static EndorsementView view(ResidenceEndorsement e, ResidencePermit permit) {
        return new EndorsementView(e.id, permit.number, permit.holderName, e.requestedOn, e.dueBy, e.residenceAddress,
                e.status, e.decidedAt, e.decidedBy, e.note);
    }

    /** The police office of a jurisdiction (a district's sub-bureau, or the city bureau). */
    OfficeView office(String jurisdiction) {
        Jurisdiction j = referenceData.jurisdiction(jurisdiction);
        boolean city = j.code.equals(CurrentUser.CITY_JURISDICTION);
        return new OfficeView(j.code, j.nameZh + (city ? "公安局" : "公安分局"),
                j.nameEn + (city ? " Public Security Bureau" : " Public Security Sub-bureau"));
    }

    private String trackingNumber(ResidencePermit permit) {
        return CaseFile.<CaseFile>findById(permit.applicationId).trackingNumber;
    }

    // ---- access ----

    private boolean isOfficer() {
        return user.hasRole(Roles.RESIDENCE_OFFICER);
    }

    /** The holder's (or their agent's) permit; anyone else's is a 404. */
    private ResidencePermit owned(String number) {
        if (user.isAnonymous() || !user.hasRole(Roles.WORKER)) {
            throw new ProblemException(403, "FORBIDDEN");
        }
        return ResidencePermit.<ResidencePermit>find("number = ?1 and ownerSubject = ?2", number, user.subject())
                .firstResultOptional().orElseThrow(ProblemException::notFound);
    }

    /** As for cases: the owner, the issuing office, a city-level officer (masked); anyone else 404. Officer reads audited. */
    private ResidencePermit visible(String number) {
        if (isOfficer()) {
            String office = user.requireJurisdiction();
            ResidencePermit permit = ResidencePermit.<ResidencePermit>find("number", number).firstResultOptional()
                    .filter(p -> p.jurisdiction.equals(office) || user.isCityLevel())
                    .orElseThrow(ProblemException::notFound);
            readAudit.record(CaseFile.findById(permit.applicationId), workflow.definition(), "PERMIT");
            return permit;
        }
        return owned(number);
    }

    private boolean fullView(ResidencePermit permit) {
        return !isOfficer() || permit.jurisdiction.equals(user.jurisdiction().orElse(null));
    }
}
