package io.mwportal.wages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.demo.DemoDataLoaded;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.text.EmployerNames;
import io.mwportal.wages.WageViews.ClusterDetailView;
import io.mwportal.wages.WageViews.ClusterMemberView;
import io.mwportal.wages.WageViews.ClusterView;

/**
 * Early warning on wage arrears (seed measure 4, 排查预警). Complaints and reports that name the same employer (its
 * unified social credit code, or its name written any way, {@link EmployerNames}), the same construction project or
 * the same general contractor within {@code portal.wages.cluster-window-days} of each other form a cluster. A filing
 * joins its cluster just after it commits ({@link ArrearsLinker}), by index lookups of its keys (never a scan in
 * Java); two clusters it links are merged. A cluster that crosses a threshold (filings, workers, amount owed within the window; lower in the
 * days before the Spring Festival) raises one warning per threshold, ever: to the offices involved and the city, and
 * into the history of each of its cases.
 */
@ApplicationScoped
public class ArrearsClusters {

    static final String WARNING_ACTION = "EARLY_WARNING";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** What a filing is linked by. */
    public record Filing(long caseId, String kind, Instant filedAt, String jurisdiction, String employerName,
            String creditCode, String projectName, String contractor, int workers, BigDecimal amountOwed) {
    }

    @Inject
    EntityManager em;

    @Inject
    WagesConfig config;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    /** The demo city's filings are written in SQL: linked here, oldest first, as if they came one by one. */
    @Transactional
    void onDemoData(@Observes DemoDataLoaded event) {
        @SuppressWarnings("unchecked")
        List<Object[]> filings = em.createNativeQuery("""
                select c.id, 'COMPLAINT', c.created_at, c.jurisdiction, w.employer_name, w.employer_credit_code,
                       w.project_name, w.general_contractor, w.workers_affected, w.amount_owed
                  from case_file c join wage_complaint w on w.case_id = c.id
                union all
                select c.id, 'REPORT', r.received_at, r.jurisdiction, r.employer_name, null, r.project_name, null,
                       coalesce(r.workers_affected, 1), null
                  from case_file c join wage_report r on r.case_id = c.id
                 order by 3, 1
                """).getResultList();
        // Warnings are raised now, when the city's filings are linked: dated at the filings, they would stand in
        // the timelines before the steps the cases took since (and in the statistics that read those steps).
        Instant now = Instant.now(clock);
        for (Object[] f : filings) {
            link(now, new Filing(((Number) f[0]).longValue(), (String) f[1], PortalTime.instant(f[2]), (String) f[3],
                    (String) f[4], (String) f[5], (String) f[6], (String) f[7], ((Number) f[8]).intValue(),
                    (BigDecimal) f[9]));
        }
    }

    /**
     * Links filings into their clusters and raises what they make them cross, in the caller's transaction, as if one
     * after the other (warnings dated at their filing), in a few statements for the common case: a filing that shares
     * no key with a filing of its window nor with another of these, and that cannot cross a threshold alone, starts a
     * cluster of its own and raises nothing, so all such filings go in one insert (one by one, at four statements
     * each, linking was a fifth of the database's and the JVM's time per filing: README "Benchmark: the write path").
     * The others are linked one by one in their order, after them: they share no key with those, so that order
     * changes nothing.
     */
    public void linkAll(List<Filing> filings) {
        List<Keys> keys = filings.stream().map(Keys::of).toList();
        TreeSet<String> locks = new TreeSet<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Keys k : keys) {
            locks.addAll(k.locks());
            k.locks().forEach(key -> uses.merge(key, 1, Integer::sum));
        }
        // The same locks link() takes, all at once in their order: a filing of these keys linked elsewhere at the
        // same moment (the demo city's) waits, so what is found below holds until this transaction ends.
        lock(locks);
        Set<Integer> sharing = sharingWithEarlier(filings, keys);
        List<Map<String, Object>> alone = new ArrayList<>();
        List<Filing> others = new ArrayList<>();
        for (int i = 0; i < filings.size(); i++) {
            Filing filing = filings.get(i);
            boolean sharesInBatch = keys.get(i).locks().stream().anyMatch(key -> uses.get(key) > 1);
            if (sharing.contains(i) || sharesInBatch || mayCrossAlone(filing)) {
                others.add(filing);
            } else {
                alone.add(row(filing, keys.get(i)));
            }
        }
        if (!alone.isEmpty()) {
            em.createNativeQuery("""
                    insert into arrears_link (case_id, kind, filed_at, jurisdiction, employer_name, name_key,
                                              credit_code, project_key, contractor_key, workers, amount_owed,
                                              cluster_id)
                    select f.case_id, f.kind, f.filed_at, f.jurisdiction, f.employer, f.name, f.code, f.project,
                           f.contractor, f.workers, f.amount, nextval('arrears_cluster_id')
                      from jsonb_to_recordset(cast(:filings as jsonb)) as f(case_id bigint, kind text,
                           filed_at timestamptz, jurisdiction text, employer text, name text, code text, project text,
                           contractor text, workers int, amount numeric)
                    """).setParameter("filings", toJson(alone)).executeUpdate();
        }
        others.forEach(filing -> link(filing.filedAt(), filing));
    }

    /** The positions in {@code filings} of those that share a key with a filing already linked in their window. */
    private Set<Integer> sharingWithEarlier(List<Filing> filings, List<Keys> keys) {
        List<Map<String, Object>> probes = new ArrayList<>();
        for (int i = 0; i < filings.size(); i++) {
            Map<String, Object> probe = row(filings.get(i), keys.get(i));
            probe.put("n", i);
            probe.put("since", filings.get(i).filedAt().minus(window()).toString());
            probes.add(probe);
        }
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("""
                select f.n from jsonb_to_recordset(cast(:filings as jsonb))
                                as f(n int, since timestamptz, name text, code text, project text, contractor text)
                 where exists (select 1 from arrears_link l where l.name_key = f.name and l.filed_at >= f.since)
                    or exists (select 1 from arrears_link l where l.credit_code = f.code and l.filed_at >= f.since)
                    or exists (select 1 from arrears_link l where l.project_key = f.project and l.filed_at >= f.since)
                    or exists (select 1 from arrears_link l
                                where l.contractor_key = f.contractor and l.filed_at >= f.since)
                """).setParameter("filings", toJson(probes)).getResultList();
        return found.stream().map(Number::intValue).collect(Collectors.toSet());
    }

    /** Whether a cluster of this filing alone would cross a threshold, festival or not. */
    private boolean mayCrossAlone(Filing filing) {
        long amount = filing.amountOwed() == null ? 0 : filing.amountOwed().longValue();
        return Stream.of(config.warning(), config.festivalWarning())
                .anyMatch(t -> t.cases() <= 1 || t.workers() <= filing.workers() || t.amount() <= amount);
    }

    private static Map<String, Object> row(Filing filing, Keys keys) {
        Map<String, Object> row = new HashMap<>();
        row.put("case_id", filing.caseId());
        row.put("kind", filing.kind());
        row.put("filed_at", filing.filedAt().toString());
        row.put("jurisdiction", filing.jurisdiction());
        row.put("employer", filing.employerName());
        row.put("name", keys.name());
        row.put("code", keys.code());
        row.put("project", keys.project());
        row.put("contractor", keys.contractor());
        row.put("workers", filing.workers());
        row.put("amount", filing.amountOwed());
        return row;
    }

    /** What a filing is linked by: its employer's name written any way, credit code, project and contractor. */
    private record Keys(String name, String code, String project, String contractor) {

        static Keys of(Filing filing) {
            // A name of punctuation alone keeps itself as its key: it links only to the same text.
            return new Keys(Objects.requireNonNullElse(EmployerNames.key(filing.employerName()), filing.employerName()),
                    filing.creditCode() == null || filing.creditCode().isBlank() ? null : filing.creditCode(),
                    EmployerNames.key(filing.projectName()), EmployerNames.key(filing.contractor()));
        }

        /** The advisory locks of these keys, one per key: a filing sharing one waits for the other. */
        SortedSet<String> locks() {
            TreeSet<String> locks = new TreeSet<>();
            locks.add("n:" + name);
            if (code != null) {
                locks.add("c:" + code);
            }
            if (project != null) {
                locks.add("p:" + project);
            }
            if (contractor != null) {
                locks.add("g:" + contractor);
            }
            return locks;
        }
    }

    /** Links one filing into its cluster and raises what it makes the cluster cross. */
    private void link(Instant warnAt, Filing filing) {
        em.flush(); // the case row the link refers to
        Keys keys = Keys.of(filing);
        String name = keys.name();
        String code = keys.code();
        String project = keys.project();
        String contractor = keys.contractor();
        // Filings of one employer link one at a time (two at once would each start a cluster); keys in one order,
        // so that two filings never wait for each other crosswise.
        lock(keys.locks());
        Instant since = filing.filedAt().minus(window());
        // The clusters found are locked too, then looked up again until the set holds still: a filing of another
        // employer may be merging one of them at the same moment (a cluster rewritten under us would split).
        List<Long> found = clustersSharing(since, name, code, project, contractor);
        Set<Long> locked = new TreeSet<>();
        while (!locked.containsAll(found)) {
            TreeSet<String> clusters = new TreeSet<>();
            for (long id : found) {
                if (locked.add(id)) {
                    clusters.add("cluster:" + id);
                }
            }
            lock(clusters);
            found = clustersSharing(since, name, code, project, contractor);
        }
        Long joined = found.isEmpty() ? null : found.get(0);
        if (found.size() > 1) {
            merge(joined, found.subList(1, found.size()));
        }
        // A filing that shares nothing starts a cluster of its own: its number comes with the insert.
        long cluster = ((Number) em.createNativeQuery("""
                insert into arrears_link (case_id, kind, filed_at, jurisdiction, employer_name, name_key, credit_code,
                                          project_key, contractor_key, workers, amount_owed, cluster_id)
                values (:case, :kind, :at, :office, :employer, :name, :code, :project, :contractor, :workers, :amount,
                        coalesce(cast(:cluster as bigint), nextval('arrears_cluster_id')))
                returning cluster_id
                """).setParameter("case", filing.caseId()).setParameter("kind", filing.kind())
                .setParameter("at", filing.filedAt()).setParameter("office", filing.jurisdiction())
                .setParameter("employer", filing.employerName()).setParameter("name", name)
                .setParameter("code", code).setParameter("project", project).setParameter("contractor", contractor)
                .setParameter("workers", filing.workers()).setParameter("amount", filing.amountOwed())
                .setParameter("cluster", joined).getSingleResult()).longValue();
        raise(cluster, since, warnAt, LocalDate.ofInstant(filing.filedAt(), PortalTime.ZONE));
    }

    /** Takes the advisory locks of {@code keys} in their (sorted) order, in one statement. */
    private void lock(SortedSet<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                select count(*) from (select pg_advisory_xact_lock(hashtext(k.key))
                                        from jsonb_array_elements_text(cast(:keys as jsonb)) with ordinality k(key, n)
                                       order by k.n) l
                """).setParameter("keys", toJson(keys)).getSingleResult();
    }

    /** Lists and rows handed to a statement as one jsonb parameter. */
    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings, numbers and lists of them are JSON", e);
        }
    }

    /** The clusters with a filing in the window that shares one of these keys, oldest first. */
    private List<Long> clustersSharing(Instant since, String name, String code, String project, String contractor) {
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("""
                select distinct cluster_id from arrears_link
                 where filed_at >= :since
                   and (name_key = :name
                        or (cast(:code as text) is not null and credit_code = :code)
                        or (cast(:project as text) is not null and project_key = :project)
                        or (cast(:contractor as text) is not null and contractor_key = :contractor))
                 order by cluster_id
                """).setParameter("since", since).setParameter("name", name).setParameter("code", code)
                .setParameter("project", project).setParameter("contractor", contractor).getResultList();
        return found.stream().map(Number::longValue).toList();
    }

    /** The clusters a filing linked become the oldest of them; warnings already raised stay raised once. */
    private void merge(long into, List<Long> others) {
        em.createNativeQuery("update arrears_link set cluster_id = :into where cluster_id in (:others)")
                .setParameter("into", into).setParameter("others", others).executeUpdate();
        em.createNativeQuery("""
                delete from arrears_warning w where w.cluster_id in (:others)
                   and exists (select 1 from arrears_warning k where k.cluster_id = :into and k.threshold = w.threshold)
                """).setParameter("into", into).setParameter("others", others).executeUpdate();
        em.createNativeQuery("""
                update arrears_warning w set cluster_id = :into where w.cluster_id in (:others)
                   and w.id = (select min(o.id) from arrears_warning o
                                where o.cluster_id in (:others) and o.threshold = w.threshold)
                """).setParameter("into", into).setParameter("others", others).executeUpdate();
        em.createNativeQuery("delete from arrears_warning where cluster_id in (:others)")
                .setParameter("others", others).executeUpdate();
    }

    /** {@code today}: the filing's day (it is linked a moment later, or when the demo city is loaded). */
    private void raise(long cluster, Instant since, Instant at, LocalDate today) {
        // The cluster's totals, and whether the Spring Festival (its first holiday in the loaded calendar) is near.
        Object[] totals = (Object[]) em.createNativeQuery("""
                select count(*), sum(workers), coalesce(sum(amount_owed), 0),
                       cast(to_jsonb(array_agg(distinct jurisdiction order by jurisdiction)) as text),
                       exists (select 1 from calendar_day where kind = 'HOLIDAY' and name_zh like '春节%'
                                and day > :today and day <= :until)
                  from arrears_link where cluster_id = :cluster and filed_at >= :since
                """).setParameter("cluster", cluster).setParameter("since", since).setParameter("today", today)
                .setParameter("until", today.plusDays(config.festivalDays())).getSingleResult();
        long cases = ((Number) totals[0]).longValue();
        long workers = ((Number) totals[1]).longValue();
        BigDecimal amount = (BigDecimal) totals[2];
        boolean festival = (Boolean) totals[4];
        WagesConfig.Thresholds limits = festival ? config.festivalWarning() : config.warning();
        Map<String, Boolean> crossed = new java.util.LinkedHashMap<>();
        crossed.put("COMPLAINTS", cases >= limits.cases());
        crossed.put("WORKERS", workers >= limits.workers());
        crossed.put("AMOUNT", amount.compareTo(BigDecimal.valueOf(limits.amount())) >= 0);
        for (Map.Entry<String, Boolean> threshold : crossed.entrySet()) {
            if (!threshold.getValue()) {
                continue;
            }
            int raised = em.createNativeQuery("""
                    insert into arrears_warning (cluster_id, threshold, festival, raised_at, cases, workers,
                                                 amount_owed, offices)
                    values (:cluster, :threshold, :festival, :at, :cases, :workers, :amount,
                            array(select jsonb_array_elements_text(cast(:offices as jsonb))))
                    on conflict (cluster_id, threshold) do nothing
                    """).setParameter("cluster", cluster).setParameter("threshold", threshold.getKey())
                    .setParameter("festival", festival).setParameter("at", at).setParameter("cases", cases)
                    .setParameter("workers", workers).setParameter("amount", amount)
                    .setParameter("offices", totals[3]).executeUpdate();
            if (raised == 1) {
                // Into the history of each case of the cluster (the kernel's history is append-only evidence).
                em.createNativeQuery("""
                        insert into case_history (case_id, at, actor_role, actor_name, action, from_status, to_status,
                                                  details)
                        select c.id, :at, 'system', 'system', :action, c.status, c.status,
                               jsonb_build_object('officersOnly', true, 'threshold', :threshold, 'cluster', :cluster,
                                                  'cases', :cases,
                                                  'workers', :workers, 'amountOwed', cast(:amount as text),
                                                  'offices', cast(:offices as jsonb))
                          from arrears_link l join case_file c on c.id = l.case_id
                         where l.cluster_id = :cluster and l.filed_at >= :since
                        """).setParameter("at", at).setParameter("action", WARNING_ACTION)
                        .setParameter("threshold", threshold.getKey()).setParameter("cluster", cluster)
                        .setParameter("cases", cases).setParameter("workers", workers)
                        .setParameter("amount", amount.toPlainString())
                        .setParameter("offices", totals[3]).setParameter("since", since)
                        .executeUpdate();
            }
        }
    }

    /** The clusters of these cases that hold more than one filing in the window, by case id. */
    public Map<Long, ClusterView> forCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Instant since = Instant.now(clock).minus(window());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with mine as (select case_id, cluster_id from arrears_link where case_id in (:ids))
                select m.case_id, m.cluster_id, count(*), count(*) filter (where l.kind = 'COMPLAINT'),
                       sum(l.workers), coalesce(sum(l.amount_owed), 0),
                       cast(to_jsonb(array_agg(distinct c.jurisdiction order by c.jurisdiction)) as text),
                       (select cast(to_jsonb(array_agg(w.threshold order by w.id)) as text) from arrears_warning w
                         where w.cluster_id = m.cluster_id)
                  from mine m join arrears_link l on l.cluster_id = m.cluster_id and l.filed_at >= :since
                  join case_file c on c.id = l.case_id
                 group by m.case_id, m.cluster_id
                having count(*) > 1
                """).setParameter("ids", caseIds).setParameter("since", since).getResultList();
        Map<Long, ClusterView> clusters = new HashMap<>();
        for (Object[] row : rows) {
            clusters.put(((Number) row[0]).longValue(), view(row, 1));
        }
        return clusters;
    }

    /** A cluster from (id, filings, complaints, workers, amount, offices, warnings) at {@code from}. */
    private ClusterView view(Object[] row, int from) {
        long filings = ((Number) row[from + 1]).longValue();
        long complaints = ((Number) row[from + 2]).longValue();
        return new ClusterView(((Number) row[from]).longValue(), filings, complaints, filings - complaints,
                ((Number) row[from + 3]).longValue(), ((BigDecimal) row[from + 4]).setScale(2).toPlainString(),
                strings(row[from + 5]), strings(row[from + 6]));
    }

    /**
     * The clusters that raised a warning, the latest warning first: those touching the caller's office (a city-level
     * inspector: all). Only their own office's cases are named ({@link #detail}).
     */
    public Page<ClusterView> warned(PageRequest page) {
        String office = office();
        Instant since = Instant.now(clock).minus(window());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with warned as (
                  select cluster_id, max(raised_at) as last_warning from arrears_warning group by cluster_id)
                select w.cluster_id, count(*), count(*) filter (where l.kind = 'COMPLAINT'), sum(l.workers),
                       coalesce(sum(l.amount_owed), 0),
                       cast(to_jsonb(array_agg(distinct c.jurisdiction order by c.jurisdiction)) as text),
                       (select cast(to_jsonb(array_agg(a.threshold order by a.id)) as text) from arrears_warning a
                         where a.cluster_id = w.cluster_id)
                  from warned w join arrears_link l on l.cluster_id = w.cluster_id and l.filed_at >= :since
                  join case_file c on c.id = l.case_id
                 group by w.cluster_id, w.last_warning
                having cast(:office as text) is null or bool_or(c.jurisdiction = :office)
                 order by w.last_warning desc, w.cluster_id desc
                offset :offset limit :limit
                """).setParameter("since", since).setParameter("office", office)
                .setParameter("offset", page.offset()).setParameter("limit", page.size + 1).getResultList();
        return Page.fromSlice(rows, page, row -> view(row, 0), null);
    }

    /**
     * One cluster: 404 unless it touches the caller's office (city level: any). Offices as the cases stand now (a
     * transferred case counts for the office it went to); other offices' cases are counts only, their names too.
     */
    public ClusterDetailView detail(long id) {
        String office = office();
        Instant since = Instant.now(clock).minus(window());
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("""
                select c.tracking_number, l.kind, c.status, c.jurisdiction, l.filed_at, l.employer_name, l.workers,
                       l.amount_owed
                  from arrears_link l join case_file c on c.id = l.case_id
                 where l.cluster_id = :cluster and l.filed_at >= :since
                 order by l.filed_at, l.case_id
                """).setParameter("cluster", id).setParameter("since", since).getResultList();
        if (members.size() < 2 || office != null && members.stream().noneMatch(m -> office.equals(m[3]))) {
            throw ProblemException.notFound();
        }
        Map<String, Long> byOffice = new java.util.TreeMap<>();
        TreeSet<String> names = new TreeSet<>();
        List<ClusterMemberView> own = new ArrayList<>();
        long complaints = 0;
        long workers = 0;
        BigDecimal owed = BigDecimal.ZERO;
        for (Object[] m : members) {
            byOffice.merge((String) m[3], 1L, Long::sum);
            complaints += "COMPLAINT".equals(m[1]) ? 1 : 0;
            workers += ((Number) m[6]).longValue();
            owed = m[7] == null ? owed : owed.add((BigDecimal) m[7]);
            if (office == null || office.equals(m[3])) {
                names.add((String) m[5]);
                own.add(new ClusterMemberView((String) m[0], (String) m[1], (String) m[2], (String) m[3],
                        PortalTime.instant(m[4])));
            }
        }
        @SuppressWarnings("unchecked")
        List<String> warnings = em.createNativeQuery(
                "select threshold from arrears_warning where cluster_id = :cluster order by id")
                .setParameter("cluster", id).getResultList();
        ClusterView cluster = new ClusterView(id, members.size(), complaints, members.size() - complaints, workers,
                owed.setScale(2).toPlainString(), List.copyOf(byOffice.keySet()), warnings);
        return new ClusterDetailView(cluster, List.copyOf(names), own, byOffice);
    }

    /** The caller's office, or null for a city-level inspector (every office). */
    private String office() {
        return user.isCityLevel() ? null : user.requireJurisdiction();
    }

    Duration window() {
        return Duration.ofDays(config.clusterWindowDays());
    }

    /** A JSON array of strings from a query ({@code to_jsonb(array_agg(…))}; null when there were no rows). */
    List<String> strings(Object array) {
        if (array == null) {
            return List.of();
        }
        try {
            return json.readValue(array.toString(), STRINGS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not a JSON array of strings: " + array, e);
        }
    }
}
