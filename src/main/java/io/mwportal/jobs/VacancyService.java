package io.mwportal.jobs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;


import io.mwportal.platform.audit.AuditLog;
import io.mwportal.jobs.JobViews.Benefits;
import io.mwportal.jobs.JobViews.Contact;
import io.mwportal.jobs.JobViews.EmployerRequest;
import io.mwportal.jobs.JobViews.Pay;
import io.mwportal.jobs.JobViews.ScreeningRuleView;
import io.mwportal.jobs.JobViews.ScreeningWarning;
import io.mwportal.jobs.JobViews.VacancyRequest;
import io.mwportal.jobs.JobViews.VacancyView;
import io.mwportal.jobs.Vacancy.Status;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.demo.DemoDataLoaded;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.reference.EmployerStanding;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;
import io.quarkus.panache.common.Parameters;

/**
 * Job centres (and partner apps acting for one) publish vacancies: required fields, pay at least the local minimum
 * wage, a known occupation, a bounded validity, and the discrimination screen. A centre sees and changes only its
 * own vacancies (another centre's is a 404).
 */
@ApplicationScoped
public class VacancyService {

    /** Object type of vacancies in the audit. */
    static final String AUDIT_TYPE = "VACANCY";

    /** The job centre's review of a HELD vacancy: publish it after all. */
    static final String RELEASE = "release";

    @Inject
    JobEvents events;

    @Inject
    CurrentUser user;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EmployerStanding standing;

    @Inject
    AuditLog audit;

    @Inject
    JobsConfig config;

    private String centre() {
        return user.requireJurisdiction();
    }

    /**
     * The caller centre's vacancy, or 404. A partner app acting for the centre manages only the vacancies it
     * created (it never sees applicants to the centre's own vacancies).
     */
    Vacancy own(long id) {
        return Vacancy.<Vacancy>findByIdOptional(id).filter(this::owns).orElseThrow(ProblemException::notFound);
    }

    private boolean owns(Vacancy vacancy) {
        if (!user.hasRole(Roles.JOB_CENTER) || !vacancy.jobCenter.equals(user.jurisdiction().orElse(null))) {
            return false;
        }
        return user.partnerClient().map(client -> client.equals(vacancy.createdByClient)).orElse(true);
    }

    /**
     * A vacancy as the caller may see it: published and not expired for anyone; in any state for the job centre
     * that owns it; otherwise 404.
     */
    public Versioned<VacancyView> visible(long id) {
        Vacancy vacancy = Vacancy.<Vacancy>findByIdOptional(id).orElseThrow(ProblemException::notFound);
        boolean open = vacancy.status == Status.PUBLISHED && !vacancy.validThrough.isBefore(PortalTime.today(clock));
        if (!open && !owns(vacancy)) {
            throw ProblemException.notFound();
        }
        return versioned(vacancy);
    }

    @Transactional
    public Versioned<VacancyView> create(VacancyRequest request) {
        List<Map<String, String>> warnings = check(request);
        Vacancy vacancy = new Vacancy();
        vacancy.jobCenter = centre();
        vacancy.createdByClient = user.partnerClient().orElse(null);
        vacancy.status = Status.DRAFT;
        vacancy.createdAt = Instant.now(clock);
        apply(vacancy, request);
        vacancy.screeningWarnings = warnings;
        vacancy.persistAndFlush();
        Versioned<VacancyView> created = versioned(vacancy);
        audit.changed(AUDIT_TYPE, vacancy.id, "CREATE", null, created.body());
        return created;
    }

    @Transactional
    public Versioned<VacancyView> update(long id, String ifMatch, VacancyRequest request) {
        Vacancy vacancy = own(id);
        EntityTags.checkIfMatch(ifMatch, vacancy.version);
        if (vacancy.status == Status.WITHDRAWN || vacancy.status == Status.FILLED) {
            throw ProblemException.actionNotAllowed("VACANCY_CLOSED", List.of(), vacancy.status);
        }
        List<Map<String, String>> warnings = check(request);
        VacancyView before = view(vacancy);
        apply(vacancy, request);
        vacancy.screeningWarnings = warnings;
        Status was = vacancy.status;
        if (vacancy.status == Status.PUBLISHED) {
            // A published vacancy that now names an employer not in good standing goes back to review.
            standing.holdReason(vacancy.employerName, vacancy.employerCreditCode).ifPresent(reason -> {
                vacancy.status = Status.HELD;
                vacancy.holdReason = reason;
                vacancy.postedAt = null;
            });
        }
        vacancy.persistAndFlush();
        if (vacancy.status != was) {
            events.statusChanged(vacancy);
        }
        Versioned<VacancyView> updated = versioned(vacancy);
        audit.changed(AUDIT_TYPE, id, "UPDATE", before, updated.body());
        return updated;
    }

    /**
     * Moves a vacancy along DRAFT → PUBLISHED → WITHDRAWN | FILLED. Publishing the vacancy of an employer not in good
     * standing ({@link EmployerStanding}) holds it instead (HELD, with the reason), until the job centre's own staff
     * release it after review.
     */
    @Transactional
    public Versioned<VacancyView> act(long id, String action, String ifMatch) {
        Vacancy vacancy = own(id);
        EntityTags.checkIfMatch(ifMatch, vacancy.version);
        Status target = switch (action) {
            case "publish", RELEASE -> Status.PUBLISHED;
            case "withdraw" -> Status.WITHDRAWN;
            case "mark-filled" -> Status.FILLED;
            default -> throw new ProblemException(404, "UNKNOWN_ACTION", action);
        };
        boolean allowed = allowedActions(vacancy).contains(action);
        if (!allowed) {
            throw ProblemException.actionNotAllowed("ACTION_NOT_ALLOWED_NOW", allowedActions(vacancy), action,
                    vacancy.status);
        }
        if (target == Status.PUBLISHED) {
            if (vacancy.validThrough.isBefore(PortalTime.today(clock))) {
                throw ProblemException.withErrors(422, "VACANCY_INVALID",
                        List.of(new Violation("validThrough", "IN_PAST")));
            }
            vacancy.postedAt = Instant.now(clock);
        }
        VacancyView before = view(vacancy);
        if (action.equals("publish")) {
            Optional<String> hold = standing.holdReason(vacancy.employerName, vacancy.employerCreditCode);
            if (hold.isPresent()) {
                target = Status.HELD;
                vacancy.holdReason = hold.get();
                vacancy.postedAt = null;
            }
        }
        vacancy.status = target;
        vacancy.updatedAt = Instant.now(clock);
        vacancy.persistAndFlush();
        events.statusChanged(vacancy);
        Versioned<VacancyView> changed = versioned(vacancy);
        audit.changed(AUDIT_TYPE, id, action.toUpperCase(Locale.ROOT).replace('-', '_'), before,
                changed.body());
        return changed;
    }

    private List<String> allowedActions(Vacancy vacancy) {
        return switch (vacancy.status) {
            case DRAFT -> List.of("publish", "withdraw", "mark-filled");
            // The review is the job centre's staff's, not a partner app's.
            case HELD -> user.partnerClient().isEmpty() ? List.of(RELEASE, "withdraw") : List.of("withdraw");
            case PUBLISHED -> List.of("withdraw", "mark-filled");
            default -> List.of();
        };
    }

    public Page<VacancyView> mine(Status status, PageRequest page) {
        StringBuilder where = new StringBuilder("jobCenter = :centre");
        Parameters params = Parameters.with("centre", centre());
        user.partnerClient().ifPresent(client -> {
            where.append(" and createdByClient = :client");
            params.and("client", client);
        });
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return Page.ofAll(Vacancy.<Vacancy>find(where + " order by createdAt desc, id desc", params), page,
                this::views, true);
    }

    /** All rule violations at once, so the centre can correct the vacancy in one go. */
    /**
     * Every problem of {@code request} at once (422 VACANCY_INVALID); what the screen only reports (age limits) is
     * returned, as field, category and phrase.
     */
    List<Map<String, String>> check(VacancyRequest request) {
        List<Violation> errors = new ArrayList<>();
        if (!referenceData.jurisdictionExists(request.district())) {
            errors.add(new Violation("district", "UNKNOWN_JURISDICTION", request.district()));
        }
        if (referenceData.occupation(request.occupationCode()).isEmpty()) {
            errors.add(new Violation("occupationCode", "UNKNOWN_OCCUPATION", request.occupationCode()));
        }
        Pay pay = request.pay();
        if (pay.max().compareTo(pay.min()) < 0) {
            errors.add(new Violation("pay.max", "PAY_MAX_BELOW_MIN"));
        }
        Optional<BigDecimal> minimum = config.payRules(request.district()).minimumFor(request.employmentType(),
                pay.unit());
        if (minimum.isEmpty()) {
            errors.add(new Violation("pay.unit", "PART_TIME_PAID_MONTHLY", pay.unit()));
        } else if (pay.min().compareTo(minimum.get()) < 0) {
            errors.add(new Violation("pay.min", "BELOW_MINIMUM_WAGE", minimum.get().toPlainString(), pay.unit()));
        }
        LocalDate today = PortalTime.today(clock);
        if (request.validThrough().isBefore(today)) {
            errors.add(new Violation("validThrough", "IN_PAST"));
        } else if (request.validThrough().isAfter(today.plusDays(config.validThroughMaxDays()))) {
            errors.add(new Violation("validThrough", "TOO_FAR_AHEAD", Integer.toString(config.validThroughMaxDays())));
        }
        DiscriminationScreen screen = screen();
        List<Map<String, String>> warnings = new ArrayList<>();
        for (Map.Entry<String, String> field : Map.of("title", request.title(), "duties", request.duties(),
                "requirements", request.requirements()).entrySet()) {
            for (DiscriminationScreen.Finding finding : screen.check(field.getKey(), field.getValue())) {
                if (finding.kind() == DiscriminationScreen.Kind.FORBIDDEN) {
                    errors.add(finding.violation());
                } else {
                    warnings.add(Map.of("field", finding.field(), "category", finding.category(),
                            "phrase", finding.phrase()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.withErrors(422, "VACANCY_INVALID", errors);
        }
        warnings.sort(Comparator.comparing((Map<String, String> w) -> w.get("field")));
        return warnings.isEmpty() ? null : warnings;
    }

    /** The screen's rules, for admins: what the portal refuses and why. */
    @Transactional
    public Page<ScreeningRuleView> screeningRules(PageRequest page) {
        return Page.of(ScreeningRule.<ScreeningRule>find("order by id"), page,
                r -> new ScreeningRuleView(r.id, r.kind.name(), r.category, r.pattern, r.note), true);
    }

    /** The discrimination screen with the rules of the {@code screening_rule} table, read afresh so new rows apply. */
    DiscriminationScreen screen() {
        return new DiscriminationScreen(ScreeningRule.<ScreeningRule>list("order by id").stream().map(ScreeningRule::rule).toList());
    }

    private void apply(Vacancy v, VacancyRequest r) {
        v.employerName = r.employer().name();
        v.employerCreditCode = r.employer().creditCode();
        v.title = r.title();
        v.duties = r.duties();
        v.requirements = r.requirements();
        v.headcount = r.headcount();
        v.district = r.district();
        v.address = r.address();
        v.payMin = r.pay().min();
        v.payMax = r.pay().max();
        v.payUnit = r.pay().unit();
        v.payMinMonthly = PayRules.monthly(r.pay().min(), r.pay().unit());
        v.occupationCode = r.occupationCode();
        v.employmentType = r.employmentType();
        v.validThrough = r.validThrough();
        v.socialInsurance = r.benefits().socialInsurance();
        v.housing = r.benefits().housing();
        v.meals = r.benefits().meals();
        v.contactName = r.contact().name();
        v.contactPhone = r.contact().phone();
        v.searchText = searchText(r.title(), r.employer().name(), r.duties());
        v.searchTerms = SearchTerms.bigrams(v.searchText).toArray(String[]::new);
        v.updatedAt = Instant.now(clock);
    }

    /** The demo city's vacancies are written in SQL: their search text is made here, as for any other. */
    @Transactional
    void onDemoData(@Observes DemoDataLoaded event) {
        Vacancy.<Vacancy>listAll().forEach(v -> {
            v.searchText = searchText(v.title, v.employerName, v.duties);
            v.searchTerms = SearchTerms.bigrams(v.searchText).toArray(String[]::new);
        });
    }

    /** Joined by punctuation, so that no search term spans two fields. */
    private static String searchText(String title, String employer, String duties) {
        return SearchTerms.normalize(String.join("|", title, employer, duties));
    }

    Versioned<VacancyView> versioned(Vacancy vacancy) {
        return new Versioned<>(view(vacancy), vacancy.version);
    }

    VacancyView view(Vacancy v) {
        return view(v, referenceData.occupationName(v.occupationCode));
    }

    private List<VacancyView> views(List<Vacancy> vacancies) {
        Map<String, String> names = referenceData.occupationNames(vacancies.stream().map(v -> v.occupationCode).toList());
        return vacancies.stream().map(v -> view(v, names.get(v.occupationCode))).toList();
    }

    private static VacancyView view(Vacancy v, String occupationName) {
        return new VacancyView(v.id, v.status, v.jobCenter, new EmployerRequest(v.employerName, v.employerCreditCode),
                v.title, v.duties, v.requirements, v.headcount, v.district, v.address,
                new Pay(v.payMin, v.payMax, v.payUnit), v.occupationCode, occupationName, "2022",
                v.employmentType, v.validThrough, new Benefits(v.socialInsurance, v.housing, v.meals),
                new Contact(v.contactName, v.contactPhone), v.postedAt, v.updatedAt,
                v.screeningWarnings == null ? List.of() : v.screeningWarnings.stream()
                        .map(w -> new ScreeningWarning(w.get("field"), w.get("category"), w.get("phrase"))).toList(),
                v.holdReason);
    }
}
