package io.mwportal.jobs;

import static io.mwportal.support.JobApi.published;
import static io.mwportal.support.JobApi.vacancy;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.support.TestClock;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Anonymous search: Chinese keywords (two characters too), every filter, expiry, paging; and applications. */
@QuarkusTest
class JobSearchTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static String guta() {
        return Tokens.of("jobcenter.guta");
    }

    private static List<Integer> ids(Map<String, ?> query) {
        return given().queryParams(query).queryParam("size", 60).get("/api/v1/jobs").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void chineseKeywordsIncludingTwoCharacterWords() {
        String employer = "锦州" + UUID.randomUUID().toString().substring(0, 8) + "重工";
        Map<String, Object> welder = vacancy("电焊工", employer);
        long welderId = published(guta(), welder);
        Map<String, Object> cook = vacancy("中式厨师", employer);
        cook.put("duties", "负责员工食堂的中餐烹饪。");
        cook.put("occupationCode", "4-03-02-01");
        long cookId = published(guta(), cook);

        given().queryParam("q", "焊工").queryParam("size", 60).get("/api/v1/jobs").then().statusCode(200)
                .body("items.id", hasItem((int) welderId)).body("items.id", not(hasItem((int) cookId)));
        given().queryParam("q", "电焊").queryParam("size", 60).get("/api/v1/jobs").then()
                .body("items.id", hasItem((int) welderId));
        given().queryParam("q", "烹饪").queryParam("size", 60).get("/api/v1/jobs").then()
                .body("items.id", hasItem((int) cookId)).body("items.id", not(hasItem((int) welderId)));
        // Employer name, and several words (all must match).
        given().queryParam("q", employer).get("/api/v1/jobs").then().body("items.id", hasItem((int) welderId))
                .body("items.id", hasItem((int) cookId)).body("items", hasSize(2));
        given().queryParam("q", employer + " 食堂").get("/api/v1/jobs").then()
                .body("items.id", equalTo(List.of((int) cookId)));
        // Full-width letters, traditional characters and spaces inside a word change nothing.
        Map<String, Object> drafter = vacancy("CAD制图员", employer);
        drafter.put("duties", "使用 AutoCAD 绘制施工图纸。");
        drafter.put("occupationCode", "6-18-02-04");
        long drafterId = published(guta(), drafter);
        for (String q : List.of("ＣＡＤ", "cad", "CAD 製圖", "autocad繪製")) {
            given().queryParam("q", q).queryParam("size", 60).get("/api/v1/jobs").then()
                    .body("items.id", hasItem((int) drafterId));
        }
        // Characters that are in the text but not next to each other do not match.
        given().queryParam("q", "焊厨").get("/api/v1/jobs").then().body("items", hasSize(0));
        given().queryParam("q", "%").get("/api/v1/jobs").then().statusCode(400);
    }

    @Test
    void everyFilter() {
        String employer = "锦州" + UUID.randomUUID().toString().substring(0, 8) + "建工";
        Map<String, Object> guta = vacancy("钢筋工", employer);
        guta.put("occupationCode", "6-29-01-04");
        guta.put("pay", Map.of("min", "300.00", "max", "350.00", "unit", "DAY"));
        long gutaId = published(guta(), guta);
        Map<String, Object> linghe = vacancy("砌筑工", employer);
        linghe.put("district", "210703");
        linghe.put("occupationCode", "6-29-01-01");
        linghe.put("employmentType", "TEMPORARY");
        linghe.put("pay", Map.of("min", "4000.00", "max", "5000.00", "unit", "MONTH"));
        long lingheId = published(guta(), linghe);

        List<Integer> both = List.of((int) lingheId, (int) gutaId);
        org.junit.jupiter.api.Assertions.assertEquals(both, ids(Map.of("q", employer)), "newest first");
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) gutaId),
                ids(Map.of("q", employer, "district", "210702")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) lingheId),
                ids(Map.of("q", employer, "occupation", "6-29-01-01")));
        org.junit.jupiter.api.Assertions.assertEquals(both, ids(Map.of("q", employer, "occupation", "6-29")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) lingheId),
                ids(Map.of("q", employer, "employmentType", "TEMPORARY")));
        // 300 a day is 6525 a month: above 5000, below 7000.
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) gutaId),
                ids(Map.of("q", employer, "minPay", "5000")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), ids(Map.of("q", employer, "minPay", "7000")));
        String today = LocalDate.now(PortalTime.ZONE).toString();
        org.junit.jupiter.api.Assertions.assertEquals(both, ids(Map.of("q", employer, "postedSince", today)));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(),
                ids(Map.of("q", employer, "postedSince", LocalDate.now(PortalTime.ZONE).plusDays(1).toString())));
        // Hourly pay counts 174 hours a month: 30.00 an hour is 5220.00.
        Map<String, Object> hourly = vacancy("保洁员", employer);
        hourly.put("occupationCode", "4-09-09-01");
        hourly.put("pay", Map.of("min", "30.00", "max", "35.00", "unit", "HOUR"));
        long hourlyId = published(guta(), hourly);
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) hourlyId),
                ids(Map.of("q", employer, "minPay", "5220", "district", "210702", "occupation", "4")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(),
                ids(Map.of("q", employer, "minPay", "5220.01", "occupation", "4")));
    }

    @Test
    void expiredVacanciesLeaveSearchByThemselves() {
        String employer = "锦州" + UUID.randomUUID().toString().substring(0, 8) + "物流";
        Map<String, Object> body = vacancy("装卸工", employer);
        body.put("occupationCode", "4-02-06-01");
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        body.put("validThrough", today.toString());
        long id = published(guta(), body);
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) id), ids(Map.of("q", employer)));
        TestClock.setToday(today.plusDays(1));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), ids(Map.of("q", employer)));
        given().get("/api/v1/jobs/" + id).then().statusCode(404);
        given().auth().oauth2(guta()).get("/api/v1/jobs/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("phone", "13800138000"))
                .post("/api/v1/jobs/" + id + "/applications").then().statusCode(409)
                .body("code", equalTo("VACANCY_EXPIRED"));
    }

    @Test
    void pagingBoundsAndNoCount() {
        // Two vacancies of its own, so that the test does not depend on what other tests published.
        String employer = "锦州" + UUID.randomUUID().toString().substring(0, 8) + "分页";
        long older = published(guta(), vacancy("电焊工", employer));
        long newer = published(guta(), vacancy("电焊工", employer));
        given().queryParam("q", employer).queryParam("size", 1).get("/api/v1/jobs").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) newer))).body("hasNext", equalTo(true))
                .body("totalItems", equalTo(null));
        given().queryParam("q", employer).queryParam("size", 1).queryParam("page", 1).get("/api/v1/jobs").then()
                .body("items.id", equalTo(List.of((int) older))).body("hasNext", equalTo(false));
        // At most 60 results a request, by size or by depth (what keeps every filter shape under 20 ms).
        given().queryParam("size", 60).get("/api/v1/jobs").then().statusCode(200);
        given().queryParam("size", 61).get("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("size")).body("errors[0].code", equalTo("PAGE_TOO_LARGE"));
        given().queryParam("size", 61).queryParam("after", "x").get("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].code", equalTo("PAGE_TOO_LARGE"));
        given().queryParam("size", 20).queryParam("page", 2).get("/api/v1/jobs").then().statusCode(200);
        given().queryParam("size", 20).queryParam("page", 3).get("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("page")).body("errors[0].code", equalTo("PAGE_TOO_DEEP"));
        given().queryParam("size", 30).queryParam("page", 2).get("/api/v1/jobs").then().statusCode(400);
        given().queryParam("size", 101).get("/api/v1/jobs").then().statusCode(400);
        given().queryParam("minPay", "lots").get("/api/v1/jobs").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("district", "abc").get("/api/v1/jobs").then().statusCode(400);
        given().queryParam("employmentType", "SLAVE").get("/api/v1/jobs").then().statusCode(400);
        given().queryParam("postedSince", "yesterday").get("/api/v1/jobs").then().statusCode(400);
        given().get("/api/v1/jobs/abc").then().statusCode(400);
        given().get("/api/v1/jobs/999999999").then().statusCode(404);
    }

    /** Pages through a search with {@code next} tokens, {@code size} at a time, and returns every id seen. */
    private static List<Integer> allByToken(Map<String, ?> query, int size) {
        List<Integer> seen = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 50; pages++) {
            var request = given().queryParams(query).queryParam("size", size);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/api/v1/jobs").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", Integer.class));
            after = page.getString("next");
            assertEquals(page.getBoolean("hasNext"), after != null, "a next token exactly when there is more");
            if (after == null) {
                return seen;
            }
        }
        throw new AssertionError("no end after 50 pages");
    }

    @Test
    void continuationByTokenFindsExactlyWhatTheFiltersSelect() {
        String employer = "锦州" + UUID.randomUUID().toString().substring(0, 8) + "续页";
        record Posted(int id, String district, String occupation, int pay, String type) {
        }
        List<Posted> posted = new ArrayList<>();
        String[][] shapes = { { "210702", "6-18-02-04", "5000", "FULL_TIME" }, { "210703", "6-18-01-01", "6000", "FULL_TIME" },
                { "210702", "4-03-02-01", "7000", "TEMPORARY" }, { "210711", "6-18-02-04", "8000", "FULL_TIME" },
                { "210702", "6-18-02-04", "9000", "TEMPORARY" }, { "210703", "4-03-02-01", "5500", "FULL_TIME" },
                { "210702", "6-29-01-01", "6500", "FULL_TIME" } };
        for (String[] shape : shapes) {
            Map<String, Object> body = vacancy("电焊工", employer);
            body.put("district", shape[0]);
            body.put("occupationCode", shape[1]);
            body.put("pay", new HashMap<>(Map.of("min", shape[2], "max", "12000", "unit", "MONTH")));
            body.put("employmentType", shape[3]);
            posted.add(new Posted((int) published(guta(), body), shape[0], shape[1], Integer.parseInt(shape[2]), shape[3]));
        }
        List<Map<String, Object>> filters = List.of(Map.of(), Map.of("district", "210702"),
                Map.of("occupation", "6-18"), Map.of("occupation", "4-03-02-01"), Map.of("minPay", "6500"), Map.of("minPay", "6999"), Map.of("minPay", "999"),
                Map.of("employmentType", "TEMPORARY"), Map.of("district", "210702", "occupation", "6", "minPay", "6000"),
                Map.of("district", "210711", "employmentType", "TEMPORARY"));
        for (Map<String, Object> filter : filters) {
            List<Integer> expected = posted.stream()
                    .filter(p -> !filter.containsKey("district") || p.district().equals(filter.get("district")))
                    .filter(p -> !filter.containsKey("occupation")
                            || (p.occupation() + "-").startsWith(filter.get("occupation") + "-"))
                    .filter(p -> !filter.containsKey("minPay") || p.pay() >= Integer.parseInt((String) filter.get("minPay")))
                    .filter(p -> !filter.containsKey("employmentType") || p.type().equals(filter.get("employmentType")))
                    .map(Posted::id).sorted(Comparator.reverseOrder()).toList();
            Map<String, Object> query = new HashMap<>(filter);
            query.put("q", employer);
            for (int size : List.of(1, 2, 60)) {
                assertEquals(expected, allByToken(query, size), "q + " + filter + ", " + size + " a page");
            }
        }
        // Without a keyword: tokens continue exactly where page numbers would.
        Map<String, Object> today = Map.of("postedSince", LocalDate.now(PortalTime.ZONE).toString());
        List<Integer> byNumber = given().queryParams(today).queryParam("size", 6).get("/api/v1/jobs").then()
                .statusCode(200).extract().path("items.id");
        List<Integer> byToken = new ArrayList<>();
        String after = null;
        for (int i = 0; i < 3; i++) {
            var request = given().queryParams(today).queryParam("size", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/api/v1/jobs").then().statusCode(200).extract().jsonPath();
            byToken.addAll(page.getList("items.id", Integer.class));
            after = page.getString("next");
        }
        assertEquals(byNumber, byToken);
    }

    @Test
    void aTokenIsCheckedNotTrusted() {
        String token = given().queryParam("size", 1).get("/api/v1/jobs").then().statusCode(200).extract().path("next");
        given().queryParam("after", token).queryParam("page", 1).get("/api/v1/jobs").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page")).body("errors[0].code", equalTo("PAGE_WITH_CURSOR"));
        for (String bad : List.of("garbage", "MTIzOmFiYw", "OTk5OTk5OTk5OTk5OTk5OTk5OTo1", "%%%", "x".repeat(65))) {
            given().queryParam("after", bad).get("/api/v1/jobs").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        }
    }

    @Test
    void jsonLdJobPosting() {
        long id = published(guta(), vacancy("电焊工", "锦州某机械制造有限公司"));
        given().accept("application/ld+json").get("/api/v1/jobs/" + id).then().statusCode(200)
                .contentType("application/ld+json")
                .body("'@context'", equalTo("https://schema.org")).body("'@type'", equalTo("JobPosting"))
                .body("title", equalTo("电焊工"))
                .body("hiringOrganization.name", equalTo("锦州某机械制造有限公司"))
                .body("jobLocation.address.addressLocality", equalTo("古塔区"))
                .body("baseSalary.currency", equalTo("CNY"))
                .body("baseSalary.value.unitText", equalTo("MONTH"))
                .body("employmentType", equalTo("FULL_TIME"))
                .body("totalJobOpenings", equalTo(5))
                .body("identifier.value", equalTo((int) id));
        given().get("/api/v1/jobs/" + id).then().contentType(ContentType.JSON).body("title", equalTo("电焊工"));
    }

    /** Google's JobPosting structured-data rules: what a posting without any of these problems satisfies. */
    private static List<String> googleJobPostingProblems(Map<String, Object> posting) {
        List<String> problems = new java.util.ArrayList<>();
        for (String required : List.of("datePosted", "description", "hiringOrganization", "jobLocation", "title")) {
            if (!posting.containsKey(required)) {
                problems.add("missing required " + required);
            }
        }
        if (!"https://schema.org".equals(posting.get("@context")) || !"JobPosting".equals(posting.get("@type"))) {
            problems.add("not a schema.org JobPosting");
        }
        if (!List.of("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER")
                .contains(posting.get("employmentType"))) {
            problems.add("employmentType not a schema.org value: " + posting.get("employmentType"));
        }
        try {
            java.time.OffsetDateTime.parse((String) posting.get("validThrough"));
            java.time.Instant.parse((String) posting.get("datePosted"));
        } catch (RuntimeException e) {
            problems.add("dates not ISO 8601: " + e.getMessage());
        }
        Map<?, ?> organisation = (Map<?, ?>) posting.get("hiringOrganization");
        if (organisation == null || !"Organization".equals(organisation.get("@type")) || organisation.get("name") == null) {
            problems.add("hiringOrganization needs @type Organization and a name");
        }
        Map<?, ?> location = (Map<?, ?>) posting.get("jobLocation");
        Map<?, ?> address = location == null ? null : (Map<?, ?>) location.get("address");
        if (address == null || !"PostalAddress".equals(address.get("@type")) || address.get("addressCountry") == null
                || address.get("addressLocality") == null) {
            problems.add("jobLocation needs a PostalAddress with country and locality");
        }
        Map<?, ?> salary = (Map<?, ?>) posting.get("baseSalary");
        Map<?, ?> value = salary == null ? null : (Map<?, ?>) salary.get("value");
        if (value == null || !"CNY".equals(salary.get("currency")) || !(value.get("minValue") instanceof Number)
                || !List.of("HOUR", "DAY", "WEEK", "MONTH", "YEAR").contains(value.get("unitText"))) {
            problems.add("baseSalary needs a currency, numeric values and a unitText of HOUR/DAY/WEEK/MONTH/YEAR");
        }
        return problems;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "FULL_TIME, FULL_TIME", "PART_TIME, PART_TIME", "TEMPORARY, TEMPORARY", "SEASONAL, TEMPORARY",
            "INTERN, INTERN" })
    void jsonLdMeetsGooglesJobPostingRulesForEveryEmploymentType(String portalType, String schemaOrgType) {
        Map<String, Object> body = vacancy("果园采摘工", "锦州某果业合作社");
        body.put("employmentType", portalType);
        body.put("pay", Map.of("min", "25.00", "max", "30.00", "unit", "HOUR"));
        long id = published(guta(), body);
        Map<String, Object> posting = given().accept("application/ld+json").get("/api/v1/jobs/" + id).then()
                .statusCode(200).extract().as(Map.class);
        assertEquals(List.of(), googleJobPostingProblems(posting));
        assertEquals(schemaOrgType, posting.get("employmentType"));
        given().get("/api/v1/jobs/" + id).then().body("employmentType", equalTo(portalType));
    }

    @Test
    void workersApplyOnceAndOnlyTheCentreSeesThePhone() {
        long id = published(guta(), vacancy("电焊工", "锦州某机械制造有限公司"));
        String key = UUID.randomUUID().toString();
        var apply = given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("phone", "13800138000", "message", "有焊工证"));
        apply.post("/api/v1/jobs/" + id + "/applications").then().statusCode(201);
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("phone", "13800138000", "message", "有焊工证")).post("/api/v1/jobs/" + id + "/applications")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("phone", "13800138000"))
                .post("/api/v1/jobs/" + id + "/applications").then().statusCode(409)
                .body("code", equalTo("ALREADY_APPLIED"));
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("phone", "123"))
                .post("/api/v1/jobs/" + id + "/applications").then().statusCode(400);
        given().auth().oauth2(guta()).get("/api/v1/jobs/" + id + "/applications").then().statusCode(200)
                .body("items.phone", equalTo(List.of("13800138000"))).body("items.workerName", equalTo(List.of("wang.worker")));
        given().auth().oauth2(Tokens.of("wang.worker")).queryParam("size", 100).get("/api/v1/job-applications").then()
                .statusCode(200).body("items.vacancyId", hasItem((int) id));
        given().auth().oauth2(Tokens.of("li.worker")).queryParam("size", 100).get("/api/v1/job-applications").then()
                .statusCode(200).body("items.vacancyId", not(hasItem((int) id)));
        given().auth().oauth2(Tokens.of("li.worker")).get("/api/v1/jobs/" + id + "/applications").then().statusCode(403);
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("phone", "13800138000"))
                .post("/api/v1/jobs/999999/applications").then().statusCode(404);
    }
}
