package io.mwportal.casework;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.security.CurrentUser;

/**
 * Who may see and act on a case (docs/security.md, "Object-level authorisation"): the owner, the handling office, and
 * a higher-level office that supervises (and may take over). The check is in the query itself, and anyone else gets
 * a 404, never a 403 that would confirm the case exists. Every officer read is recorded ({@link ReadAudit}).
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    CurrentUser user;

    @Inject
    ReadAudit readAudit;

    @Inject
    CaseOfficers officers;

    /**
     * The case if the caller may see it: their own, or (for the workflow's office role) a case of their office; a
     * city-level officer sees every office's cases (to supervise and take over). Anything else is 404; a caller in
     * neither role is refused outright (403). Officer reads are audited as {@code what}.
     */
    @Transactional
    public CaseFile find(Workflow workflow, String trackingNumber, String what) {
        boolean mayOwn = workflow.hasOwners() && user.hasRole(Workflow.OWNER);
        if (!user.hasRole(workflow.officeRole()) && !mayOwn) {
            throw new ProblemException(403, "FORBIDDEN");
        }
        officers.seen(workflow.officeRole());
        CaseFile file = visible(workflow, trackingNumber).orElseThrow(ProblemException::notFound);
        if (!isOwner(file)) {
            readAudit.record(file, workflow, what);
        }
        return file;
    }

    /**
     * The case for its evidence (personal data in full: payslips, contracts): only the owner and the handling
     * office; a supervising higher-level officer who can see the case gets 403 and takes it over first.
     */
    @Transactional
    public CaseFile findForEvidence(Workflow workflow, String trackingNumber, String what) {
        CaseFile file = find(workflow, trackingNumber, what);
        if (!isOwner(file) && !isHandlingOffice(workflow, file)) {
            throw new ProblemException(403, "NOT_HANDLING_OFFICE");
        }
        return file;
    }

    /**
     * The caller's own case of type {@code caseType}, for a reference from one of their cases of another type (a
     * legal-aid request naming the worker's wage complaint). Anyone else's is a 404, like any other case.
     */
    public CaseFile ownCase(String caseType, String trackingNumber) {
        if (user.isAnonymous() || !user.hasRole(Workflow.OWNER) || trackingNumber == null) {
            throw ProblemException.notFound();
        }
        return CaseFile.<CaseFile>find("caseType = ?1 and trackingNumber = ?2 and ownerSubject = ?3", caseType,
                trackingNumber, user.subject()).firstResultOptional().orElseThrow(ProblemException::notFound);
    }

    private Optional<CaseFile> visible(Workflow workflow, String trackingNumber) {
        if (trackingNumber == null || trackingNumber.length() > 30) {
            return Optional.empty();
        }
        if (user.hasRole(workflow.officeRole())) {
            String office = user.requireJurisdiction();
            return CaseFile.find("caseType = ?1 and trackingNumber = ?2 and (jurisdiction = ?3 or ?3 = ?4)",
                    workflow.caseType(), trackingNumber, office, CurrentUser.CITY_JURISDICTION).firstResultOptional();
        }
        return CaseFile.find("caseType = ?1 and trackingNumber = ?2 and ownerSubject = ?3",
                workflow.caseType(), trackingNumber, user.subject()).firstResultOptional();
    }

    public boolean isOwner(CaseFile file) {
        return !user.isAnonymous() && file.ownerSubject != null && file.ownerSubject.equals(user.subject())
                && user.hasRole(Workflow.OWNER);
    }

    /** Whether the caller is an officer of the office that handles the case (sees unmasked personal data). */
    public boolean isHandlingOffice(Workflow workflow, CaseFile file) {
        return user.hasRole(workflow.officeRole()) && file.jurisdiction.equals(user.jurisdiction().orElse(null));
    }

    /** A city-level officer of the workflow's role may take over a case that another office handles. */
    boolean mayTakeOver(Workflow workflow, CaseFile file) {
        return user.hasRole(workflow.officeRole()) && user.isCityLevel()
                && !file.jurisdiction.equals(CurrentUser.CITY_JURISDICTION);
    }

    /** The role the caller acts in on this case: owner, or the office role. */
    String roleOn(Workflow workflow, CaseFile file) {
        return isOwner(file) ? Workflow.OWNER : workflow.officeRole();
    }
}
