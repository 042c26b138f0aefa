package io.mwportal.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mwportal.jobs.JobViews.VacancyView;
import io.mwportal.jobs.Vacancy.EmploymentType;

/** The schema.org JobPosting of a vacancy (application/ld+json), for search engines and partner sites. */
final class JobPostingLd {

    private JobPostingLd() {
    }

    /**
     * The schema.org / Google value of an employment type (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN,
     * VOLUNTEER, PER_DIEM, OTHER): seasonal work is temporary work. The portal's own JSON keeps SEASONAL.
     */
    static String schemaOrgEmploymentType(EmploymentType type) {
        return switch (type) {
            case FULL_TIME -> "FULL_TIME";
            case PART_TIME -> "PART_TIME";
            case TEMPORARY, SEASONAL -> "TEMPORARY";
            case INTERN -> "INTERN";
        };
    }

    static Map<String, Object> of(VacancyView v, String districtName, String baseUrl) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        posting.put("title", v.title());
        posting.put("description", v.duties() + "\n\n" + v.requirements());
        posting.put("identifier", Map.of("@type", "PropertyValue", "name", "锦州市农民工服务平台", "value", v.id()));
        posting.put("url", baseUrl + "/api/v1/jobs/" + v.id());
        if (v.postedAt() != null) {
            posting.put("datePosted", v.postedAt().toString());
        }
        posting.put("validThrough", v.validThrough() + "T23:59:59+08:00");
        posting.put("employmentType", schemaOrgEmploymentType(v.employmentType()));
        posting.put("hiringOrganization", Map.of("@type", "Organization", "name", v.employer().name(),
                "taxID", v.employer().creditCode()));
        posting.put("jobLocation", Map.of("@type", "Place", "address", Map.of("@type", "PostalAddress",
                "streetAddress", v.address(), "addressLocality", districtName, "addressRegion", "辽宁省锦州市",
                "addressCountry", "CN")));
        posting.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency", "CNY", "value", Map.of(
                "@type", "QuantitativeValue", "minValue", v.pay().min(), "maxValue", v.pay().max(),
                "unitText", v.pay().unit().name())));
        posting.put("occupationalCategory", v.occupationCode() + " " + v.occupationName() + "（职业分类大典 2022）");
        posting.put("totalJobOpenings", v.headcount());
        List<String> benefits = new ArrayList<>();
        if (v.benefits().socialInsurance()) {
            benefits.add("社会保险");
        }
        if (v.benefits().housing()) {
            benefits.add("提供住宿");
        }
        if (v.benefits().meals()) {
            benefits.add("提供餐食");
        }
        posting.put("jobBenefits", String.join("、", benefits));
        return posting;
    }
}
