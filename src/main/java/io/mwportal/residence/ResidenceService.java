package io.mwportal.residence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.mwportal.casework.CaseFile;
import io.mwportal.casework.CaseQueue.ListFilter;
import io.mwportal.casework.CaseTypeService;
import io.mwportal.casework.Workflow;
import io.mwportal.casework.Workflow.Step;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.privacy.PersonalIdentity;
import io.mwportal.platform.validation.IdNumber;
import io.mwportal.platform.web.Versioned;
import io.mwportal.residence.ResidenceEnums.AgentReason;
import io.mwportal.residence.ResidenceEnums.MissingItem;
import io.mwportal.residence.ResidenceEnums.Sex;
import io.mwportal.residence.ResidenceViews.Agent;
import io.mwportal.residence.ResidenceViews.AgentView;
import io.mwportal.residence.ResidenceViews.ApplicationRequest;
import io.mwportal.residence.ResidenceViews.ApplicationSummary;
import io.mwportal.residence.ResidenceViews.ApplicationView;
import io.mwportal.residence.ResidenceViews.Basis;
import io.mwportal.residence.ResidenceViews.EligibilityView;
import io.mwportal.residence.ResidenceViews.Person;
import io.mwportal.residence.ResidenceViews.PersonView;
import io.mwportal.residence.ResidenceViews.ReceiptView;
import io.mwportal.residence.ResidenceViews.ResidenceActionRequest;

/**
 * Residence-permit applications on the case kernel (docs/rules.md, "Residence permits"): eligibility decided at
 * submission with every missing item in one answer, one application or permit per person, the receipt on acceptance
 * and the permit on issue. Everything else of an action is the kernel's.
 */
@ApplicationScoped
public class ResidenceService extends CaseTypeService<ApplicationView, ResidenceActionRequest> {

    @Inject
    ResidenceConfig config;

    @Inject
    PermitService permits;

    public ResidenceService(ResidenceWorkflow workflow) {
        super(workflow.definition(), ResidenceActionRequest.EMPTY);
    }

    @Transactional
    public Versioned<ApplicationView> submit(ApplicationRequest application) {
        LocalDate today = caseClock.today();
        List<Violation> missing = missingItems(application, today);
        if (!missing.isEmpty()) {
            throw ProblemException.withErrors(422, "APPLICATION_INCOMPLETE", missing);
        }
        Person person = application.applicant();
        // One open application and one permit in force per person; concurrent filings for the same person queue here.
        permits.lockPerson(person.idNumber());
        if (permits.inForce(person.idNumber())) {
            throw new ProblemException(409, "ALREADY_HOLDS_PERMIT");
        }
        if (ResidenceApplication.count("applicant.idNumber = ?1 and caseFile.status not in ?2", person.idNumber(),
                workflow().terminalStatuses()) > 0) {
            throw new ProblemException(409, "APPLICATION_ALREADY_OPEN");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("handlingOffice", application.district());
        if (application.agent() != null) {
            details.put("agent", application.agent().relationship());
        }
        CaseFile file = runner.open(workflow(), application.district(), user.subject(), Workflow.OWNER, details);
        ResidenceApplication entity = new ResidenceApplication();
        entity.caseFile = file;
        entity.applicant = new PersonalIdentity(person.name(), person.idNumber(), person.phone());
        entity.sex = person.sex();
        entity.ethnicity = person.ethnicity();
        entity.birthDate = person.birthDate();
        entity.hukouAddress = application.hukouAddress();
        entity.residenceAddress = application.residenceAddress();
        entity.residenceRegisteredOn = application.residenceRegisteredOn();
        entity.eligibleFrom = PermitDates.eligibleFrom(application.residenceRegisteredOn(), config.residenceMonths());
        for (Basis basis : application.bases()) {
            entity.bases.add(new ResidenceBasis(basis.type(), basis.organisation(), basis.creditCode(),
                    basis.address(), basis.since()));
        }
        Agent agent = application.agent();
        if (agent != null) {
            entity.agentRelationship = agent.relationship();
            entity.agentReason = agent.reason();
            entity.agentName = agent.name();
            entity.agentIdNumber = agent.idNumber();
        }
        entity.persist();
        return new Versioned<>(view(file, entity), file.version);
    }

    /**
     * Everything that keeps the application from being complete and eligible, all at once (Art 9: one notice of
     * everything missing): each missing field, an ID number that disagrees with the birth date or sex, an unknown
     * ethnicity, residence not yet long enough, no basis, and an agent who may not apply for the applicant.
     */
    List<Violation> missingItems(ApplicationRequest application, LocalDate today) {
        List<Violation> missing = new ArrayList<>();
        Person person = application.applicant();
        if (person == null) {
            missing.add(new Violation("applicant", "REQUIRED"));
        } else {
            checkPerson(person, missing);
        }
        require(missing, application.hukouAddress(), "hukouAddress");
        require(missing, application.residenceAddress(), "residenceAddress");
        if (require(missing, application.district(), "district") && !referenceData.jurisdictionExists(application.district())) {
            missing.add(new Violation("district", "UNKNOWN_JURISDICTION", application.district()));
        }
        LocalDate registered = application.residenceRegisteredOn();
        if (require(missing, registered, "residenceRegisteredOn")) {
            LocalDate eligibleFrom = PermitDates.eligibleFrom(registered, config.residenceMonths());
            if (registered.isAfter(today)) {
                missing.add(new Violation("residenceRegisteredOn", "IN_FUTURE"));
            } else if (today.isBefore(eligibleFrom)) {
                missing.add(new Violation("residenceRegisteredOn", "RESIDENCE_TOO_SHORT", config.residenceMonths(),
                        eligibleFrom.toString()));
            }
        }
        if (application.bases() == null || application.bases().isEmpty()) {
            missing.add(new Violation("bases", "BASIS_REQUIRED"));
        } else {
            for (int i = 0; i < application.bases().size(); i++) {
                checkBasis(application.bases().get(i), "bases[" + i + "]", today, missing);
            }
        }
        checkAgent(application.agent(), person, today, missing);
        return missing;
    }

    private void checkPerson(Person person, List<Violation> missing) {
        require(missing, person.name(), "applicant.name");
        require(missing, person.sex(), "applicant.sex");
        if (require(missing, person.ethnicity(), "applicant.ethnicity") && !Ethnicities.isOfficial(person.ethnicity())) {
            missing.add(new Violation("applicant.ethnicity", "UNKNOWN_ETHNICITY", person.ethnicity()));
        }
        require(missing, person.birthDate(), "applicant.birthDate");
        require(missing, person.phone(), "applicant.phone");
        if (require(missing, person.idNumber(), "applicant.idNumber")) {
            if (person.birthDate() != null && !IdNumber.Validator.birthDate(person.idNumber()).equals(person.birthDate())) {
                missing.add(new Violation("applicant.idNumber", "ID_NUMBER_BIRTH_DATE_MISMATCH"));
            }
            if (person.sex() != null && IdNumber.Validator.isMale(person.idNumber()) != (person.sex() == Sex.MALE)) {
                missing.add(new Violation("applicant.idNumber", "ID_NUMBER_SEX_MISMATCH"));
            }
        }
    }

    private static void checkBasis(Basis basis, String path, LocalDate today, List<Violation> missing) {
        if (!require(missing, basis.type(), path + ".type")) {
            return;
        }
        if (basis.type().needsOrganisation()) {
            require(missing, basis.organisation(), path + ".organisation");
        } else {
            require(missing, basis.address(), path + ".address");
        }
        if (require(missing, basis.since(), path + ".since") && basis.since().isAfter(today)) {
            missing.add(new Violation(path + ".since", "IN_FUTURE"));
        }
    }

    /**
     * Art 9: a guardian or close relative may apply for someone under 16, elderly or disabled; a child under 16 is
     * applied for by one.
     */
    private void checkAgent(Agent agent, Person person, LocalDate today, List<Violation> missing) {
        Integer age = person == null || person.birthDate() == null ? null : PermitDates.age(person.birthDate(), today);
        if (agent == null) {
            if (age != null && age < config.minorUnder()) {
                missing.add(new Violation("agent", "AGENT_REQUIRED_FOR_MINOR", config.minorUnder()));
            }
            return;
        }
        require(missing, agent.relationship(), "agent.relationship");
        require(missing, agent.name(), "agent.name");
        if (require(missing, agent.idNumber(), "agent.idNumber") && person != null
                && agent.idNumber().equals(person.idNumber())) {
            missing.add(new Violation("agent.idNumber", "AGENT_IS_APPLICANT"));
        }
        if (require(missing, agent.reason(), "agent.reason") && age != null) {
            if (agent.reason() == AgentReason.UNDER_16 && age >= config.minorUnder()) {
                missing.add(new Violation("agent.reason", "APPLICANT_NOT_MINOR", config.minorUnder()));
            } else if (agent.reason() == AgentReason.ELDERLY && age < config.elderlyFrom()) {
                missing.add(new Violation("agent.reason", "APPLICANT_NOT_ELDERLY", config.elderlyFrom()));
            }
        }
    }

    /** Adds a REQUIRED problem when {@code value} is absent or blank; whether it was present. */
    private static boolean require(List<Violation> missing, Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        if (!present) {
            missing.add(new Violation(field, "REQUIRED"));
        }
        return present;
    }

    public Page<ApplicationSummary> list(ListFilter filter, PageRequest page) {
        return list(filter, page, ResidenceApplication.class, (row, a) -> new ApplicationSummary(
                row.file().trackingNumber, row.file().status, row.file().jurisdiction, a.applicant.name,
                row.deadline(), row.file().assigneeName, row.file().createdAt));
    }

    /** A permit is issued only to someone without one in force (one may have been issued elsewhere meanwhile). */
    @Override
    public Refusal refusal(CaseFile file, Step step) {
        if (step.action().equals(ResidenceWorkflow.ISSUE)
                && permits.inForce(ResidenceApplication.<ResidenceApplication>findById(file.id).applicant.idNumber)) {
            return new Refusal("ALREADY_HOLDS_PERMIT");
        }
        return null;
    }

    @Override
    public void check(CaseFile file, Step step, ResidenceActionRequest input, List<Violation> problems) {
        if (step.action().equals(ResidenceWorkflow.REQUEST_SUPPLEMENT) && input.missingItems() != null) {
            List<String> items = input.missingItems();
            for (int i = 0; i < items.size(); i++) {
                if (!isMissingItem(items.get(i))) {
                    problems.add(new Violation("missingItems[" + i + "]", "UNKNOWN_MISSING_ITEM", items.get(i)));
                }
            }
        }
        if (step.action().equals(ResidenceWorkflow.REFUSE) && input.reasonCode() == null) {
            problems.add(new Violation("reasonCode", "REQUIRED_FOR_ACTION"));
        }
    }

    private static boolean isMissingItem(String item) {
        for (MissingItem known : MissingItem.values()) {
            if (known.name().equals(item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void apply(CaseFile file, Step step, ResidenceActionRequest input, Map<String, Object> details) {
        ResidenceApplication application = ResidenceApplication.findById(file.id);
        switch (step.action()) {
            case ResidenceWorkflow.ACCEPT -> {
                application.acceptedOn = caseClock.today();
                details.put("acceptedOn", application.acceptedOn.toString());
            }
            case ResidenceWorkflow.ISSUE -> details.put("permitNumber", permits.issue(file, application).number);
            case ResidenceWorkflow.RECORD_COLLECTION -> permits.collected(file.id);
            case ResidenceWorkflow.REFUSE -> {
                application.refusalReason = input.reasonCode();
                details.put("reasonCode", input.reasonCode());
            }
            default -> {
                // The kernel did all of it.
            }
        }
    }

    @Override
    protected ApplicationView view(CaseFile file) {
        return view(file, ResidenceApplication.findById(file.id));
    }

    private ApplicationView view(CaseFile c, ResidenceApplication a) {
        boolean full = access.isOwner(c) || access.isHandlingOffice(workflow(), c);
        PersonalIdentity shown = a.applicant.shownTo(full);
        PersonView applicant = new PersonView(shown.name, a.sex, a.ethnicity, a.birthDate, shown.idNumber, shown.phone);
        AgentView agent = a.agentRelationship == null ? null
                : new AgentView(a.agentRelationship, a.agentReason, a.agentName,
                        new PersonalIdentity(a.agentName, a.agentIdNumber, null).shownTo(full).idNumber);
        List<Basis> bases = a.bases.stream()
                .map(b -> new Basis(b.type, b.organisation, b.creditCode, b.address, b.since)).toList();
        var deadline = caseClock.view(c);
        ReceiptView receipt = a.acceptedOn == null ? null
                : new ReceiptView(c.trackingNumber, a.acceptedOn, deadline == null ? null : deadline.dueAt(),
                        permits.office(c.jurisdiction).nameZh());
        return new ApplicationView(c.trackingNumber, c.status, permits.office(c.jurisdiction), c.createdAt, c.updatedAt,
                applicant, a.hukouAddress, a.residenceAddress,
                new EligibilityView(a.residenceRegisteredOn, a.eligibleFrom, bases), agent, deadline, c.assigneeName,
                c.missingItems, receipt, a.refusalReason, permits.forApplication(c, full), allowedActions(c));
    }
}
