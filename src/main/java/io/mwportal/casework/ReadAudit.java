package io.mwportal.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.mwportal.casework.CaseViews.CaseReadView;
import io.mwportal.platform.audit.AuditService;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.CurrentUser;

/**
 * The personal-data audit of cases (PIPL; docs/security.md): every officer read of a case is recorded, and an
 * admin reads those records through the API (each such read is itself recorded in the audit).
 */
@ApplicationScoped
public class ReadAudit {

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Records an officer's read of a case (who, role, office, when, what). */
    public void record(CaseFile file, Workflow workflow, String what) {
        CaseReadAudit entry = new CaseReadAudit();
        entry.caseId = file.id;
        entry.readerSubject = user.subject();
        entry.readerName = user.username();
        entry.readerRole = workflow.officeRole();
        entry.jurisdiction = user.jurisdiction().orElse(null);
        entry.what = what;
        entry.readAt = Instant.now(clock);
        entry.persist();
    }

    /** Officer reads of cases, newest first, filtered by case, reader and time. */
    @Transactional
    public Page<CaseReadView> list(CaseReadQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.trackingNumber != null) {
            where.append(" and c.trackingNumber = :trackingNumber");
            params.put("trackingNumber", query.trackingNumber);
        }
        if (query.reader != null) {
            where.append(" and r.readerName = :reader");
            params.put("reader", query.reader);
        }
        if (query.from != null) {
            where.append(" and r.readAt >= :from");
            params.put("from", query.from);
        }
        if (query.to != null) {
            where.append(" and r.readAt < :to");
            params.put("to", query.to);
        }
        var rows = em.createQuery("select r, c.trackingNumber, c.caseType from CaseReadAudit r, CaseFile c"
                + " where c.id = r.caseId and " + where + " order by r.readAt desc, r.id desc", Object[].class);
        params.forEach(rows::setParameter);
        var slice = rows.setFirstResult(page.offset()).setMaxResults(page.size + 1).getResultList();
        Page<CaseReadView> result = Page.fromSlice(slice, page, row -> {
            CaseReadAudit r = (CaseReadAudit) row[0];
            return new CaseReadView(r.id, (String) row[1], (String) row[2], r.readerName, r.readerRole, r.jurisdiction,
                    r.what, r.readAt);
        }, null);
        audit.recordRead("case-reads", query.asMap());
        return result;
    }
}
