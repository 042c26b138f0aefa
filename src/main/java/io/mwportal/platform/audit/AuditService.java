package io.mwportal.platform.audit;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.mwportal.platform.audit.AuditViews.AuditEntryView;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.quarkus.panache.common.Parameters;

/** Reading the audit (admins); each read is recorded, with its filter, as an entry of object type AUDIT. */
@ApplicationScoped
public class AuditService {

    /** Object type of the entries that record reads of an audit. */
    public static final String AUDIT = "AUDIT";

    @Inject
    AuditLog log;

    @Transactional
    public Page<AuditEntryView> changes(AuditQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (query.objectType != null) {
            where.append(" and objectType = :type");
            params.and("type", query.objectType);
        }
        if (query.objectId != null) {
            where.append(" and objectId = :id");
            params.and("id", query.objectId);
        }
        if (query.actor != null) {
            where.append(" and actorName = :actor");
            params.and("actor", query.actor);
        }
        if (query.from != null) {
            where.append(" and at >= :from");
            params.and("from", query.from);
        }
        if (query.to != null) {
            where.append(" and at < :to");
            params.and("to", query.to);
        }
        Page<AuditEntryView> result = Page.of(AuditEntry.<AuditEntry>find(where + " order by at desc, id desc", params),
                page, AuditEntryView::of, false);
        recordRead("audit-entries", query.asMap());
        return result;
    }

    /** Records that the caller read an audit ({@code which}) with {@code filter}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRead(String which, Map<String, Object> filter) {
        log.record(AUDIT, which, "READ", Map.of("filter", filter));
    }
}
