package io.mwportal.platform;

import static io.mwportal.support.TrainingApi.claim;
import static io.mwportal.support.TrainingApi.completed;
import static io.mwportal.support.TrainingApi.course;
import static io.mwportal.support.TrainingApi.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import io.mwportal.support.JobApi;
import io.mwportal.support.KeycloakAdmin;
import io.mwportal.support.Tokens;
import io.mwportal.support.WageApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Officer and admin changes are audited like case actions (who, role, office, when, what, before/after of the
 * changed fields); admins read that audit and the officer-read audit of cases through the API, and each such read
 * is itself recorded.
 */
@QuarkusTest
class AuditTest {

    @Inject
    EntityManager em;

    private static JsonPath audit(Map<String, ?> filter) {
        return given().auth().oauth2(Tokens.of("admin")).queryParams(filter).queryParam("size", 100)
                .get("/api/v1/admin/audit-entries").then().statusCode(200).header("Cache-Control", "no-store")
                .extract().jsonPath();
    }

    @Test
    void aSubsidyDecisionIsRecordedWithBeforeAndAfter() {
        String worker = KeycloakAdmin.createWorkers("audit-subsidy-" + System.nanoTime(), 1).get(0);
        long claimId = ((Number) claim(worker, completed(worker, course("6-29-03-01", 5))).then().statusCode(201)
                .extract().path("id")).longValue();
        post("trainer.city", "/subsidy-claims/" + claimId + "/actions/approve", Map.of("amount", "1000.00",
                "reason", "按标准核定")).then().statusCode(200);
        JsonPath entries = audit(Map.of("objectType", "SUBSIDY_CLAIM", "objectId", Long.toString(claimId)));
        assertEquals(1, entries.getList("items").size());
        assertEquals("APPROVE", entries.getString("items[0].action"));
        assertEquals("trainer.city", entries.getString("items[0].actorName"));
        assertEquals("training-officer", entries.getString("items[0].actorRole"));
        assertEquals("210700", entries.getString("items[0].actorJurisdiction"));
        assertEquals("按标准核定", entries.getString("items[0].note"));
        assertEquals("SUBMITTED", entries.getString("items[0].changes.status.before"));
        assertEquals("APPROVED", entries.getString("items[0].changes.status.after"));
        assertNull(entries.get("items[0].changes.amount.before"));
        assertEquals("1000.00", entries.getString("items[0].changes.amount.after"));
        assertNull(entries.get("items[0].changes.occupationCode"), "unchanged fields are not repeated");
        // The completion that made the claim possible is there too.
        JsonPath completions = audit(Map.of("objectType", "ENROLMENT", "actor", "trainer.city"));
        assertNotNull(completions.getList("items.action"));
        assertEquals(true, completions.getList("items.action").contains("COMPLETE"));
    }

    @Test
    void vacancyCourseJurisdictionAndCalendarChangesAreRecorded() {
        String centre = Tokens.of("jobcenter.guta");
        Map<String, Object> vacancy = JobApi.vacancy("焊工", "锦州某机械制造有限公司");
        long id = ((Number) JobApi.create(centre, vacancy).then().statusCode(201).extract().path("id")).longValue();
        vacancy.put("headcount", 8);
        given().auth().oauth2(centre).contentType(ContentType.JSON).body(vacancy).put("/api/v1/jobs/" + id)
                .then().statusCode(200);
        given().auth().oauth2(centre).post("/api/v1/jobs/" + id + "/actions/publish").then().statusCode(200);
        JsonPath vacancyAudit = audit(Map.of("objectType", "VACANCY", "objectId", Long.toString(id)));
        assertEquals(List.of("PUBLISH", "UPDATE", "CREATE"), vacancyAudit.getList("items.action"));
        assertEquals(5, vacancyAudit.getInt("items[1].changes.headcount.before"));
        assertEquals(8, vacancyAudit.getInt("items[1].changes.headcount.after"));
        assertEquals(1, ((Map<?, ?>) vacancyAudit.get("items[1].changes")).size(), "only the changed field");
        assertEquals("job-center", vacancyAudit.getString("items[0].actorRole"));

        long courseId = ((Number) post("trainer.city", "/courses", course("6-29-03-02", 5)).then().statusCode(201)
                .extract().path("id")).longValue();
        post("trainer.city", "/courses/" + courseId + "/actions/cancel", Map.of("reason", "师资调整")).then()
                .statusCode(200);
        JsonPath courseAudit = audit(Map.of("objectType", "COURSE", "objectId", Long.toString(courseId)));
        assertEquals(List.of("CANCEL", "CREATE"), courseAudit.getList("items.action"));
        assertEquals("师资调整", courseAudit.getString("items[0].note"));
        assertEquals("CANCELLED", courseAudit.getString("items[0].changes.status.after"));

        String admin = Tokens.of("admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("code", "210785", "nameZh", "审计开发区", "nameEn", "Audit Zone", "level", "DEVELOPMENT_ZONE",
                        "parentCode", "210700"))
                .post("/api/v1/jurisdictions").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("nameZh", "审计开发区", "nameEn", "Audit Development Zone"))
                .put("/api/v1/jurisdictions/210785").then().statusCode(200);
        JsonPath zone = audit(Map.of("objectType", "JURISDICTION", "objectId", "210785"));
        assertEquals(List.of("RENAME", "CREATE"), zone.getList("items.action"));
        assertEquals("admin", zone.getString("items[0].actorRole"));
        assertEquals("Audit Zone", zone.getString("items[0].changes.nameEn.before"));
        assertEquals("Audit Development Zone", zone.getString("items[0].changes.nameEn.after"));
        assertNull(zone.get("items[0].changes.nameZh"));
        assertEquals("审计开发区", zone.getString("items[1].changes.nameZh.after"));

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("source", "测试", "holidays", List.of(Map.of("from", "2041-01-01", "to", "2041-01-01",
                        "name", "元旦")), "makeUpWorkdays", List.of()))
                .put("/api/v1/calendar/years/2041").then().statusCode(201);
        assertEquals("CREATE", audit(Map.of("objectType", "CALENDAR_YEAR", "objectId", "2041"))
                .getString("items[0].action"));
    }

    @Test
    void filtersByActorAndTimeAndEveryReadIsRecorded() {
        Instant start = Instant.now().minusSeconds(1);
        post("trainer.city", "/courses", course("6-29-03-03", 5)).then().statusCode(201);
        JsonPath mine = audit(Map.of("actor", "trainer.city", "from", start.toString()));
        assertEquals(true, mine.getList("items").size() >= 1);
        assertEquals(List.of("trainer.city"), mine.getList("items.actorName").stream().distinct().toList());
        assertEquals(0, audit(Map.of("actor", "trainer.city", "to", "2000-01-01T00:00:00Z")).getList("items").size());

        JsonPath reads = audit(Map.of("objectType", "AUDIT", "actor", "admin", "from", start.toString()));
        assertEquals(true, reads.getList("items.action").stream().allMatch("READ"::equals));
        assertEquals(true, reads.getList("items").size() >= 2, "the two reads above were recorded");
        assertEquals("trainer.city", reads.getString("items.find { it.objectId == 'audit-entries' "
                + "&& it.changes.filter.to == null }.changes.filter.actor"));
    }

    @Test
    void officerReadsOfCasesAreListedForAdmins() {
        Instant start = Instant.now().minusSeconds(1);
        String tn = WageApi.fileValid("wang.worker");
        WageApi.get("inspector.guta", tn).then().statusCode(200);
        WageApi.as("inspector.guta").get(WageApi.BASE + "/" + tn + "/history").then().statusCode(200);
        WageApi.get("wang.worker", tn).then().statusCode(200); // the owner's own reads are not officer reads
        given().auth().oauth2(Tokens.of("admin")).queryParam("trackingNumber", tn).get("/api/v1/admin/case-reads")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items.readerName", everyItem(equalTo("inspector.guta")))
                .body("items.what", equalTo(List.of("HISTORY", "CASE")))
                .body("items[0].trackingNumber", equalTo(tn)).body("items[0].jurisdiction", equalTo("210702"));
        given().auth().oauth2(Tokens.of("admin")).queryParam("reader", "inspector.guta")
                .queryParam("from", start.toString()).get("/api/v1/admin/case-reads").then().statusCode(200)
                .body("items.trackingNumber", hasItem(tn));
        assertEquals("case-reads", audit(Map.of("objectType", "AUDIT", "objectId", "case-reads"))
                .getString("items[0].objectId"));
    }

    @Test
    void onlyAdminsReadTheAuditAndNobodyRewritesIt() {
        for (String user : List.of("inspector.city", "trainer.city", "analyst", "wang.worker")) {
            given().auth().oauth2(Tokens.of(user)).get("/api/v1/admin/audit-entries").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(Tokens.of(user)).get("/api/v1/admin/case-reads").then().statusCode(403);
        }
        given().get("/api/v1/admin/audit-entries").then().statusCode(401);
        given().auth().oauth2(Tokens.of("admin")).queryParam("from", "yesterday").get("/api/v1/admin/audit-entries")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("admin")).queryParam("objectType", "bad type")
                .get("/api/v1/admin/audit-entries").then().statusCode(400);
        post("trainer.city", "/courses", course("6-05-02-01", 5)).then().statusCode(201);
        PersistenceException refused = org.junit.jupiter.api.Assertions.assertThrows(PersistenceException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update audit_entry set actor_name = 'someone-else'").executeUpdate()));
        assertEquals(true, String.valueOf(rootMessage(refused)).contains("audit_entry is append-only"),
                rootMessage(refused));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
