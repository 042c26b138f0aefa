package io.mwportal.platform.reference;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.mwportal.platform.audit.AuditLog;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.reference.ReferenceViews.DepartmentView;
import io.mwportal.platform.reference.ReferenceViews.JurisdictionCreateRequest;
import io.mwportal.platform.reference.ReferenceViews.JurisdictionUpdateRequest;
import io.mwportal.platform.reference.ReferenceViews.JurisdictionView;
import io.mwportal.platform.reference.ReferenceViews.MeasureView;
import io.mwportal.platform.reference.ReferenceViews.OccupationView;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.text.TextNormalizer;
import io.mwportal.platform.web.EntityTags;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Jurisdictions, departments and the policy measures: read by anyone, jurisdictions maintained by admins. */
@ApplicationScoped
public class ReferenceDataService {

    @Inject
    AuditLog audit;

    public List<JurisdictionView> jurisdictions() {
        return Jurisdiction.<Jurisdiction>listAll(Sort.by("code")).stream()
                .map(JurisdictionView::of).toList();
    }

    /** A jurisdiction as stored now (the API's read, with its version for If-Match), or 404. */
    public Jurisdiction currentJurisdiction(String code) {
        return Jurisdiction.<Jurisdiction>findByIdOptional(code).orElseThrow(ProblemException::notFound);
    }

    /** A jurisdiction as read within the last {@link #JURISDICTIONS_FOR} (read only: a copy outside any session). */
    public Jurisdiction jurisdiction(String code) {
        Jurisdiction jurisdiction = code == null ? null : knownJurisdictions().get(code);
        if (jurisdiction == null) {
            throw ProblemException.notFound();
        }
        return jurisdiction;
    }

    /** Whether {@code code} is a known jurisdiction; features validate routing targets with it. */
    public boolean jurisdictionExists(String code) {
        return code != null && knownJurisdictions().containsKey(code);
    }

    /**
     * How long an instance keeps the jurisdictions it read. Every filing routes and names its office, and the table
     * changes a few times a year (an admin adds a development zone): another instance sees a change within this.
     */
    static final Duration JURISDICTIONS_FOR = Duration.ofSeconds(30);

    private record KnownJurisdictions(Map<String, Jurisdiction> byCode, long readAt) {
    }

    private volatile KnownJurisdictions known;

    private Map<String, Jurisdiction> knownJurisdictions() {
        KnownJurisdictions current = known;
        if (current == null || System.nanoTime() - current.readAt() > JURISDICTIONS_FOR.toNanos()) {
            Map<String, Jurisdiction> byCode = new HashMap<>();
            Jurisdiction.<Jurisdiction>listAll().forEach(j -> {
                Jurisdiction.getEntityManager().detach(j);
                byCode.put(j.code, j);
            });
            current = new KnownJurisdictions(Map.copyOf(byCode), System.nanoTime());
            known = current;
        }
        return current.byCode();
    }

    /** The occupation with {@code code}, if the portal knows it. */
    public Optional<Occupation> occupation(String code) {
        return code == null ? Optional.empty() : Occupation.findByIdOptional(code);
    }

    /** The name of a known occupation (callers have checked that it exists), or null. */
    public String occupationName(String code) {
        return occupation(code).map(o -> o.nameZh).orElse(null);
    }

    /** The names of the known occupations among {@code codes}, in one query (for a page of rows). */
    public Map<String, String> occupationNames(Collection<String> codes) {
        Set<String> distinct = codes.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return distinct.isEmpty() ? Map.of() : Occupation.<Occupation>list("code in ?1", distinct).stream()
                .collect(Collectors.toMap(o -> o.code, o -> o.nameZh));
    }

    /**
     * Occupations by code prefix (a group such as {@code 6-29}) and by a word of the name (normalised as search is:
     * traditional characters and full-width letters find the same), in code order.
     */
    public Page<OccupationView> occupations(String codePrefix, String name, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (codePrefix != null) {
            where.append(" and (code = :prefix or code like :group)");
            params.and("prefix", codePrefix).and("group", codePrefix + "-%");
        }
        if (name != null) {
            where.append(" and nameZh like :name");
            params.and("name", "%" + TextNormalizer.normalized(name).replace("%", "").replace("_", "") + "%");
        }
        return Page.of(Occupation.<Occupation>find(where + " order by code", params), page, OccupationView::of, true);
    }

    @Transactional
    public Jurisdiction createJurisdiction(JurisdictionCreateRequest request) {
        if (Jurisdiction.findById(request.code()) != null) {
            throw new ProblemException(409, "JURISDICTION_EXISTS", request.code());
        }
        if (Jurisdiction.findById(request.parentCode()) == null) {
            throw new ProblemException(422, "UNKNOWN_PARENT_JURISDICTION", request.parentCode());
        }
        Jurisdiction jurisdiction = new Jurisdiction();
        jurisdiction.code = request.code();
        jurisdiction.nameZh = request.nameZh();
        jurisdiction.nameEn = request.nameEn();
        jurisdiction.level = request.level();
        jurisdiction.parentCode = request.parentCode();
        jurisdiction.persistAndFlush();
        audit.changed("JURISDICTION", jurisdiction.code, "CREATE", null, JurisdictionView.of(jurisdiction));
        known = null;
        return jurisdiction;
    }

    @Transactional
    public Jurisdiction updateJurisdiction(String code, String ifMatch, JurisdictionUpdateRequest request) {
        Jurisdiction jurisdiction = currentJurisdiction(code);
        EntityTags.checkIfMatch(ifMatch, jurisdiction.version);
        JurisdictionView before = JurisdictionView.of(jurisdiction);
        jurisdiction.nameZh = request.nameZh();
        jurisdiction.nameEn = request.nameEn();
        jurisdiction.persistAndFlush();
        audit.changed("JURISDICTION", code, "RENAME", before, JurisdictionView.of(jurisdiction));
        known = null;
        return jurisdiction;
    }

    public List<DepartmentView> departments() {
        return Department.<Department>listAll(Sort.by("code")).stream()
                .map(DepartmentView::of).toList();
    }

    public List<MeasureView> measures() {
        return Measure.<Measure>find("select distinct m from Measure m left join fetch m.departments d "
                + "left join fetch d.department order by m.number").stream().map(MeasureView::of).toList();
    }

    public MeasureView measure(int number) {
        return Measure.<Measure>find("select m from Measure m left join fetch m.departments d "
                + "left join fetch d.department where m.number = ?1", number)
                .singleResultOptional().map(MeasureView::of).orElseThrow(ProblemException::notFound);
    }
}
