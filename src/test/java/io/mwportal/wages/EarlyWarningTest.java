package io.mwportal.wages;

import static io.mwportal.support.WageApi.BASE;
import static io.mwportal.support.WageApi.as;
import static io.mwportal.support.WageApi.complaint;
import static io.mwportal.support.WageApi.complaintAgainst;
import static io.mwportal.support.WageApi.file;
import static io.mwportal.support.WageApi.part;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.support.JobApi;
import io.mwportal.support.KeycloakAdmin;
import io.mwportal.support.TestClock;
import io.mwportal.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Early warning and the employer compliance record, with the real thresholds (the other tests run with thresholds no
 * test reaches): ten workers' complaints against one subcontractor, its name written three ways, in two districts.
 */
@QuarkusTest
@TestProfile(EarlyWarningTest.RealThresholds.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlyWarningTest {

    public static class RealThresholds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.wages.warning.cases", "3", "portal.wages.warning.workers", "10",
                    "portal.wages.warning.amount", "100000", "portal.wages.festival-warning.cases", "2",
                    "portal.wages.festival-warning.workers", "5", "portal.wages.festival-warning.amount", "50000");
        }
    }

    @Inject
    EntityManager em;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    /** The same subcontractor written three ways: as registered, with the older legal form, full-width with spaces. */
    private final List<String> names = List.of("锦州" + suffix + "劳务有限公司", "锦州" + suffix + "劳务有限责任公司",
            "锦州　" + fullWidth(suffix) + " 劳务（有限公司）");
    private final List<String> filed = new ArrayList<>();
    private String otherEmployerCase;
    private long cluster;

    @BeforeEach
    void tenWorkersComplainAgainstOneSubcontractor() {
        if (!filed.isEmpty()) {
            return;
        }
        List<String> workers = KeycloakAdmin.createWorkers("ew-" + suffix, 10);
        for (int i = 0; i < 10; i++) {
            Map<String, Object> body = complaint();
            part(body, "employer").put("name", names.get(i % 3));
            part(body, "employer").remove("creditCode");
            part(body, "workplace").put("district", i < 5 ? "210702" : "210711");
            part(body, "workplace").put("projectName", "滨海" + suffix + "项目");
            part(body, "workplace").put("generalContractor", "总包" + suffix + "建设有限公司");
            filed.add(file(workers.get(i), body).then().statusCode(201).extract().path("trackingNumber"));
        }
        awaitLinked(filed);
        Map<String, Object> restaurant = complaint();
        part(restaurant, "employer").put("name", "锦州" + suffix + "餐饮有限公司");
        part(restaurant, "employer").remove("creditCode");
        part(restaurant, "workplace").put("construction", false);
        part(restaurant, "workplace").remove("projectName");
        part(restaurant, "workplace").remove("generalContractor");
        otherEmployerCase = file(workers.get(0), restaurant).then().statusCode(201).extract().path("trackingNumber");
        awaitLinked(List.of(otherEmployerCase));
        cluster = ((Number) as("inspector.guta").get(BASE + "/" + filed.get(0)).then().statusCode(200)
                .extract().path("cluster.id")).longValue();
    }

    @Test
    void tenFilingsFormOneClusterThatWarnsOncePerThreshold() {
        JsonPath view = as("inspector.guta").get(BASE + "/" + filed.get(0)).then().statusCode(200).extract()
                .jsonPath().setRootPath("cluster");
        assertEquals(10, view.getInt("filings"));
        assertEquals(10, view.getInt("complaints"));
        assertEquals(10, view.getInt("workers"));
        assertEquals("360000.00", view.getString("amountOwed"));
        assertEquals(List.of("210702", "210711"), view.getList("offices"));
        // 3 complaints and 108,000 yuan at the third filing; 10 workers at the tenth.
        assertEquals(List.of("COMPLAINTS", "AMOUNT", "WORKERS"), view.getList("warnings"));
        List<String> firstWarnings = as("inspector.guta").get(BASE + "/" + filed.get(0) + "/history").then()
                .statusCode(200).extract().path("findAll { it.action == 'EARLY_WARNING' }.details.threshold");
        assertEquals(List.of("COMPLAINTS", "AMOUNT", "WORKERS"), firstWarnings);
        List<String> lastWarnings = as("inspector.taihe").get(BASE + "/" + filed.get(9) + "/history").then()
                .statusCode(200).extract().path("findAll { it.action == 'EARLY_WARNING' }.details.threshold");
        assertEquals(List.of("WORKERS"), lastWarnings);
        // The complainant's own timeline has no warning (it speaks of other people's filings).
        as("ew-" + suffix + "-0").get(BASE + "/" + filed.get(0) + "/history").then().statusCode(200)
                .body("action", not(hasItem("EARLY_WARNING")));
        // Another employer never joins; the worker sees no cluster on their own complaint.
        as("inspector.guta").get(BASE + "/" + otherEmployerCase).then().statusCode(200).body("cluster", nullValue());
        as("ew-" + suffix + "-0").get(BASE + "/" + filed.get(0)).then().statusCode(200).body("cluster", nullValue());
        // The queue shows it too.
        as("inspector.guta").queryParam("size", 100).get(BASE).then().statusCode(200)
                .body("items.find { it.trackingNumber == '" + filed.get(0) + "' }.cluster.filings", equalTo(10));
    }

    @Test
    void eachOfficeSeesItsOwnCasesAndOnlyCountsOfTheOthers() {
        given().auth().oauth2(Tokens.of("inspector.guta")).get("/api/v1/wage-clusters").then().statusCode(200)
                .body("items.id", hasItem((int) cluster));
        JsonPath guta = given().auth().oauth2(Tokens.of("inspector.guta")).get("/api/v1/wage-clusters/" + cluster)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(filed.subList(0, 5), guta.getList("cases.trackingNumber"));
        assertEquals(Map.of("210702", 5, "210711", 5), guta.getMap("filingsByOffice"));
        assertEquals(3, guta.getList("employerNames").size());
        List<String> taihe = given().auth().oauth2(Tokens.of("inspector.taihe"))
                .get("/api/v1/wage-clusters/" + cluster).then().statusCode(200).extract().path("cases.trackingNumber");
        assertEquals(filed.subList(5, 10), taihe);
        List<String> city = given().auth().oauth2(Tokens.of("inspector.city"))
                .get("/api/v1/wage-clusters/" + cluster).then().statusCode(200).extract().path("cases.trackingNumber");
        assertEquals(filed, city);
        String linghe = KeycloakAdmin.createUser("inspector-" + suffix, "labour-inspector", "210703");
        given().auth().oauth2(Tokens.of(linghe)).get("/api/v1/wage-clusters/" + cluster).then().statusCode(404);
        given().auth().oauth2(Tokens.of(linghe)).queryParam("size", 100).get("/api/v1/wage-clusters").then()
                .statusCode(200).body("items.id", not(hasItem((int) cluster)));
        given().auth().oauth2(Tokens.of("jobcenter.guta")).get("/api/v1/wage-clusters").then().statusCode(403);
    }

    @Test
    void theListHasInclusionEarlyRemovalAndExpiryAndTheRecordItsEntries() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        long listed = include("inspector.city", names.get(1), today.minusDays(10));
        long paid = include("inspector.city", "锦州" + suffix + "已付清有限公司", today.minusDays(200));
        long old = include("admin", "锦州" + suffix + "早年有限公司", today.minusYears(3).minusDays(1));
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(entry("x", today))
                .post("/api/v1/arrears-list").then().statusCode(403);
        // Early removal: not before 6 months on the list.
        remove(listed, "已支付").then().statusCode(422).body("errors[0].code", equalTo("EARLY_REMOVAL_TOO_SOON"));
        remove(paid, "已足额支付并作出信用承诺").then().statusCode(200).body("state", equalTo("REMOVED"))
                .body("removedOn", equalTo(today.toString()));
        remove(old, "x").then().statusCode(409);
        // The public sees the names listed today only.
        List<Integer> open = given().queryParam("size", 100).get("/api/v1/arrears-list").then().statusCode(200)
                .body("items.removalReason", not(hasItem("已足额支付并作出信用承诺"))).extract().path("items.id");
        assertEquals(true, open.contains((int) listed));
        assertEquals(false, open.contains((int) paid) || open.contains((int) old));
        given().get("/api/v1/arrears-list/" + paid).then().statusCode(404);
        given().get("/api/v1/arrears-list/" + listed).then().statusCode(200)
                .body("removalDue", equalTo(today.minusDays(10).plusYears(3).toString()));
        given().auth().oauth2(Tokens.of("jobcenter.guta")).queryParam("state", "EXPIRED").queryParam("size", 100)
                .get("/api/v1/arrears-list").then().statusCode(200).body("items.id", hasItem((int) old));
        // The record: the ten complaints under any spelling, an open order to pay, the list entry.
        String ordered = filed.get(1);
        as("inspector.guta").contentType(ContentType.JSON).body(Map.of("note", "受理"))
                .post(BASE + "/" + ordered + "/actions/accept").then().statusCode(200);
        as("inspector.guta").contentType(ContentType.JSON).body(Map.of("outcome", "ORDERED_TO_PAY",
                "amountOrdered", "36000.00", "amountRecovered", "0.00", "note", "下达劳动保障监察限期整改指令书"))
                .post(BASE + "/" + ordered + "/actions/record-outcome").then().statusCode(200);
        JsonPath record = given().auth().oauth2(Tokens.of("jobcenter.guta")).queryParam("name", names.get(2))
                .get("/api/v1/employer-records").then().statusCode(200).extract().jsonPath();
        assertEquals(10, record.getInt("complaints"));
        // Names as written, spaces and brackets included (PostgreSQL's array text would quote them).
        assertEquals(java.util.Set.copyOf(names), java.util.Set.copyOf(record.getList("employerNames")));
        assertEquals(1, record.getInt("openOrdersToPay"));
        assertEquals("36000.00", record.getString("amountOrdered"));
        assertEquals(List.of((int) listed), record.getList("listEntries.id"));
        given().auth().oauth2(Tokens.of("wang.worker")).queryParam("name", names.get(0))
                .get("/api/v1/employer-records").then().statusCode(403);
        // A partner app publishing for a job centre holds its role but is not its staff.
        given().auth().oauth2(Tokens.partnerDemo()).queryParam("name", names.get(0))
                .get("/api/v1/employer-records").then().statusCode(403);
        given().auth().oauth2(Tokens.of("inspector.guta")).get("/api/v1/employer-records").then().statusCode(400);
    }

    @Test
    void aVacancyOfAListedEmployerIsHeldForReview() {
        include("inspector.city", "锦州" + suffix + "失信餐饮有限公司", LocalDate.now(PortalTime.ZONE).minusDays(30));
        String centre = Tokens.of("jobcenter.guta");
        Map<String, Object> body = JobApi.vacancy("服务员", "锦州 " + suffix + "失信餐饮有限责任公司");
        long held = ((Number) JobApi.create(centre, body).then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(centre).post("/api/v1/jobs/" + held + "/actions/publish").then().statusCode(409)
                .body("code", equalTo("VACANCY_HELD_FOR_REVIEW"));
        given().auth().oauth2(centre).get("/api/v1/jobs/" + held).then().statusCode(200)
                .body("status", equalTo("HELD")).body("holdReason", equalTo("ON_ARREARS_LIST"));
        given().get("/api/v1/jobs/" + held).then().statusCode(404);
        given().auth().oauth2(centre).post("/api/v1/jobs/" + held + "/actions/release").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        Map<String, Object> other = JobApi.vacancy("服务员", "锦州" + suffix + "守信餐饮有限公司");
        long fine = JobApi.published(centre, other);
        assertNotNull(fine);
        // Renamed to the listed employer once published: back to review.
        other.put("employer", new java.util.HashMap<>(Map.of("name", "锦州" + suffix + "失信餐饮有限公司",
                "creditCode", "91210700MA0Y0J7K80")));
        given().auth().oauth2(centre).contentType(ContentType.JSON).body(other).put("/api/v1/jobs/" + fine).then()
                .statusCode(200).body("status", equalTo("HELD")).body("holdReason", equalTo("ON_ARREARS_LIST"));
        // An open order to pay holds an employer's vacancies too, until the case is closed.
        // The employer's complaints are found through their early-warning links, made just after the filing commits.
        String ordered = fileAgainst("wang.worker", "锦州" + suffix + "欠薪物流有限公司");
        as("inspector.guta").contentType(ContentType.JSON).body(Map.of("note", "受理"))
                .post(BASE + "/" + ordered + "/actions/accept").then().statusCode(200);
        as("inspector.guta").contentType(ContentType.JSON).body(Map.of("outcome", "ORDERED_TO_PAY",
                "amountOrdered", "36000.00", "amountRecovered", "0.00", "note", "责令支付"))
                .post(BASE + "/" + ordered + "/actions/record-outcome").then().statusCode(200);
        Map<String, Object> owing = JobApi.vacancy("司机", "锦州" + suffix + "欠薪物流有限公司");
        long second = ((Number) JobApi.create(centre, owing).then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(centre).post("/api/v1/jobs/" + second + "/actions/publish").then().statusCode(409);
        given().auth().oauth2(centre).get("/api/v1/jobs/" + second).then()
                .body("holdReason", equalTo("OPEN_ORDER_TO_PAY"));
    }

    @Test
    void theDaysBeforeTheSpringFestivalHaveLowerThresholds() {
        // 2026's Spring Festival holidays begin on 15 February (the loaded calendar): 20 January is within 30 days.
        List<String> workers = KeycloakAdmin.createWorkers("sf-" + suffix, 4);
        List<String> festive = new ArrayList<>();
        List<String> ordinary = new ArrayList<>();
        try {
            TestClock.setToday(LocalDate.of(2026, 1, 20));
            for (int i = 0; i < 2; i++) {
                festive.add(fileAgainst(workers.get(i), "锦州" + suffix + "年前装修有限公司"));
            }
            TestClock.setToday(LocalDate.of(2026, 6, 10));
            for (int i = 2; i < 4; i++) {
                ordinary.add(fileAgainst(workers.get(i), "锦州" + suffix + "年中装修有限公司"));
            }
        } finally {
            TestClock.reset();
        }
        List<String> warned = as("inspector.guta").get(BASE + "/" + festive.get(0) + "/history").then()
                .statusCode(200).extract().path("findAll { it.action == 'EARLY_WARNING' }.details.threshold");
        assertEquals(List.of("COMPLAINTS"), warned); // 2 filings; 40,000 yuan and 2 workers stay under the rest
        List<String> none = as("inspector.guta").get(BASE + "/" + ordinary.get(0) + "/history").then()
                .statusCode(200).extract().path("findAll { it.action == 'EARLY_WARNING' }.details.threshold");
        assertEquals(List.of(), none);
    }

    @Test
    void filingsAtOnceJoinOneClusterAndWarnOnce() throws Exception {
        List<String> workers = KeycloakAdmin.createWorkers("cc-" + suffix, 8);
        workers.forEach(Tokens::of); // sign in first: the filings, not the logins, should race
        List<java.util.concurrent.Callable<String>> filings = new ArrayList<>();
        for (String worker : workers) {
            filings.add(() -> fileAgainst(worker, "锦州" + suffix + "并发劳务有限公司"));
        }
        List<String> numbers = io.mwportal.support.Concurrently.run(filings);
        for (String tn : numbers) {
            as("inspector.guta").get(BASE + "/" + tn).then().statusCode(200).body("cluster.filings", equalTo(8))
                    .body("cluster.warnings", equalTo(List.of("COMPLAINTS", "AMOUNT")));
        }
    }

    @Test
    void aReportJoinsTheClusterAndTheComplaintOpenedFromItIsNotCountedAgain() {
        String employer = "锦州" + suffix + "举报餐饮有限公司";
        String complaint = fileAgainst("wang.worker", employer);
        given().header("X-Forwarded-For", "198.51.100.77").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("employer", Map.of("name", employer, "address", "锦州市某路 8 号"),
                        "workplace", Map.of("district", "210702", "address", "某路 8 号", "construction", false,
                                "cityGovernmentLed", false),
                        "workersAffected", 12, "description", "该店拖欠十余名服务员三个月工资。"))
                .post("/api/v1/wage-reports").then().statusCode(202);
        String report = as("inspector.guta").queryParam("size", 100).get("/api/v1/wage-reports").then()
                .statusCode(200).extract().path("items.find { it.employerName == '" + employer + "' }.trackingNumber");
        awaitLinked(List.of(report));
        as("inspector.guta").get(BASE + "/" + complaint).then().statusCode(200).body("cluster.filings", equalTo(2))
                .body("cluster.complaints", equalTo(1)).body("cluster.reports", equalTo(1));
        String exOfficio = as("inspector.guta").contentType(ContentType.JSON).body(Map.of("note", "立案查处"))
                .post("/api/v1/wage-reports/" + report + "/actions/open-case").then().statusCode(200)
                .extract().path("complaintTrackingNumber");
        // The linker takes filings in commit order: once a later one is linked, the ex-officio complaint was seen.
        fileAgainst("li.worker", "锦州" + suffix + "之后另一家有限公司");
        int linked = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from arrears_link l join case_file c on c.id = l.case_id
                 where c.tracking_number = :number""").setParameter("number", exOfficio).getSingleResult())
                .intValue());
        assertEquals(0, linked);
        as("inspector.guta").get(BASE + "/" + complaint).then().body("cluster.filings", equalTo(2));
    }

    @Test
    void theLinkerMovesPastEventsThatAreNotFilings() {
        String complaint = fileAgainst("wang.worker", "锦州" + suffix + "受理之后有限公司");
        as("inspector.guta").contentType(ContentType.JSON).body(Map.of("note", "受理"))
                .post(BASE + "/" + complaint + "/actions/accept").then().statusCode(200);
        // The acceptance's event is the newest: the cursor reaches it, so no round reads it again.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery("""
                select (c.txid, c.event_id) = (select e.txid, e.id from event e order by e.txid desc, e.id desc limit 1)
                  from event_cursor c where c.name = 'arrears-link'""").getSingleResult())) {
            if (System.nanoTime() > deadline) {
                fail("the linker's cursor did not pass the acceptance's event within 10 s");
            }
            sleep();
        }
    }

    @Test
    void oneFilingAloneThatCrossesAThresholdWarns() {
        Map<String, Object> body = complaintAgainst("锦州" + suffix + "大额欠薪有限公司");
        body.put("amountOwed", "150000.00");
        String trackingNumber = file("wang.worker", body).then().statusCode(201).extract().path("trackingNumber");
        awaitLinked(List.of(trackingNumber));
        List<?> raised = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select w.threshold from arrears_warning w join arrears_link l on l.cluster_id = w.cluster_id
                  join case_file c on c.id = l.case_id where c.tracking_number = :number""")
                .setParameter("number", trackingNumber).getResultList());
        assertEquals(List.of("AMOUNT"), raised);
    }

    @Test
    void aNameOfPunctuationAloneIsFiledAndListedLikeAnyOther() {
        fileAgainst("wang.worker", "（）");
        fileAgainst("li.worker", "（）");
        include("inspector.city", "……", LocalDate.now(PortalTime.ZONE).minusDays(1));
        // ㍿ normalises to 株式会社: 60 of them make a 240-character key from a 60-character name.
        fileAgainst("wang.worker", "㍿".repeat(60));
    }

    private String fileAgainst(String worker, String employer) {
        Map<String, Object> body = complaintAgainst(employer);
        body.put("amountOwed", "20000.00");
        String trackingNumber = file(worker, body).then().statusCode(201).extract().path("trackingNumber");
        awaitLinked(List.of(trackingNumber));
        return trackingNumber;
    }

    /** Filings join their clusters just after they commit (ArrearsLinker): waits until these have. */
    private void awaitLinked(List<String> trackingNumbers) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from arrears_link l join case_file c on c.id = l.case_id
                 where c.tracking_number in (:numbers)""").setParameter("numbers", trackingNumbers)
                .getSingleResult()).intValue()) < trackingNumbers.size()) {
            if (System.nanoTime() > deadline) {
                fail("not linked into clusters within 10 s: " + trackingNumbers);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long include(String officer, String name, LocalDate on) {
        return ((Number) given().auth().oauth2(Tokens.of(officer)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(entry(name, on))
                .post("/api/v1/arrears-list").then().statusCode(201).body("state", equalTo(
                        on.plusYears(3).isAfter(LocalDate.now(PortalTime.ZONE)) ? "LISTED" : "EXPIRED"))
                .extract().path("id")).longValue();
    }

    private static Map<String, Object> entry(String name, LocalDate on) {
        return Map.of("employerName", name, "includedOn", on.toString(), "legalBasis", "保障农民工工资支付条例第四十八条",
                "reason", "拖欠农民工工资，经责令支付仍不支付");
    }

    private static io.restassured.response.Response remove(long id, String reason) {
        return given().auth().oauth2(Tokens.of("inspector.city")).contentType(ContentType.JSON)
                .body(Map.of("reason", reason)).post("/api/v1/arrears-list/" + id + "/actions/remove");
    }

    private static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }
}
