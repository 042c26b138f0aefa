package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.mwportal.support.Tokens;
import io.mwportal.support.TrainingApi;
import io.mwportal.support.WageApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Idempotency-Key on creating POSTs, through a real creating endpoint and real admin tokens. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    EntityManager em;

    private static Map<String, String> zone(String code, String name) {
        return Map.of("code", code, "nameZh", name, "nameEn", "Zone " + code, "level", "DEVELOPMENT_ZONE",
                "parentCode", "210700");
    }

    private static Response post(String key, Object body) {
        return given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/api/v1/jurisdictions");
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, zone("210790", "开发区甲"));
        first.then().statusCode(201).header("Location", endsWith("/api/v1/jurisdictions/210790"))
                .header("ETag", equalTo("\"0\""));
        Response retry = post(key, zone("210790", "开发区甲"));
        retry.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith("/api/v1/jurisdictions/210790")).header("ETag", equalTo("\"0\""));
        assertEquals(first.asString(), retry.asString());
        assertNull(first.header("Idempotent-Replayed"));
        given().get("/api/v1/jurisdictions/210790").then().statusCode(200).body("nameZh", equalTo("开发区甲"));
    }

    @Test
    void sameKeyWithAnotherBodyIs422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        post(key, zone("210791", "开发区乙")).then().statusCode(201);
        post(key, zone("210792", "开发区丙")).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().get("/api/v1/jurisdictions/210792").then().statusCode(404);
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        post(key, zone("210793", "开发区丁")).then().statusCode(201);
        // Another caller using the same key is a different request: here refused by role, never a replay.
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(zone("210793", "开发区丁")).post("/api/v1/jurisdictions").then().statusCode(403);
    }

    @Test
    void anotherCallerReusingAKeyGetsTheirOwnRecordNeverTheFirstCallersResponse() {
        // Two workers whose apps happen to send the same key (and even the same body) to the same endpoint.
        String key = UUID.randomUUID().toString();
        Map<String, Object> complaint = WageApi.complaint();
        Response wang = given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(complaint).post(WageApi.BASE);
        wang.then().statusCode(201);
        Response li = given().auth().oauth2(Tokens.of("li.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(complaint).post(WageApi.BASE);
        li.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        String wangsNumber = wang.path("trackingNumber");
        String lisNumber = li.path("trackingNumber");
        assertNotEquals(wangsNumber, lisNumber);
        WageApi.get("li.worker", lisNumber).then().statusCode(200);
        WageApi.get("li.worker", wangsNumber).then().statusCode(404);
        // And the first caller's retry still replays their own.
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(complaint).post(WageApi.BASE).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("trackingNumber", equalTo(wangsNumber));
    }

    @Test
    void theStoredFirstResponseKeepsNoPersonalDataInClear() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> complaint = WageApi.complaint();
        Response first = given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(complaint).post(WageApi.BASE);
        first.then().statusCode(201).body("complainant.bankCard", equalTo("6222021234567890123"));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select response_body from idempotency_record where scope_key like :k").setParameter("k", "% " + key)
                .getSingleResult());
        for (String personal : List.of("6222021234567890123", "21070219900101123X", "13800138000", "王强")) {
            assertFalse(stored.contains(personal), "stored in clear: " + personal);
        }
        // The replay still gives the owner their complaint in full.
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(complaint).post(WageApi.BASE).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("complainant.bankCard", equalTo("6222021234567890123"));
        assertEquals(first.asString(), given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(complaint).post(WageApi.BASE).asString());
    }

    @Test
    void aFailedRequestDoesNotBurnTheKey() {
        String key = UUID.randomUUID().toString();
        post(key, zone("210702", "重复")).then().statusCode(409);
        assertEquals(0L, countRecords(key));
        post(key, zone("210794", "开发区戊")).then().statusCode(201);
    }

    @Test
    void concurrentDuplicatesCreateOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, String> body = zone("210795", "开发区己");
        String token = Tokens.of("admin");
        int parallel = 12;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            Callable<Response> call = () -> {
                go.await();
                return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(body).post("/api/v1/jurisdictions");
            };
            futures.add(pool.submit(call));
        }
        go.countDown();
        Set<String> bodies = new HashSet<>();
        int created = 0;
        int replayed = 0;
        for (Future<Response> future : futures) {
            Response response = future.get();
            assertEquals(201, response.statusCode(), response.asString());
            bodies.add(response.asString());
            if ("true".equals(response.header("Idempotent-Replayed"))) {
                replayed++;
            } else {
                created++;
            }
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(parallel - 1, replayed);
        assertEquals(1, bodies.size());
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from jurisdiction where code = '210795'")
                .getSingleResult()).longValue());
    }

    /**
     * The record is written at the end: a retry does the work again, and when the work now refuses (already enrolled,
     * already applied), the first response still answers, and nothing of the retry stays.
     */
    @Test
    void aRetryWhoseWorkIsRefusedNowGetsTheFirstResponse() {
        long session = TrainingApi.publishedSession(TrainingApi.course("6-18-02-04", 3), TrainingApi.inDays(45), 5);
        String key = UUID.randomUUID().toString();
        var first = given().auth().oauth2(Tokens.of("li.worker")).header("Idempotency-Key", key)
                .post("/api/v1/training/sessions/" + session + "/enrolments").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract();
        given().auth().oauth2(Tokens.of("li.worker")).header("Idempotency-Key", key)
                .post("/api/v1/training/sessions/" + session + "/enrolments").then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first.path("id")));
        // Another key is another request: refused as a second enrolment.
        given().auth().oauth2(Tokens.of("li.worker")).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/training/sessions/" + session + "/enrolments").then().statusCode(409)
                .body("code", equalTo("ALREADY_ENROLLED"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from enrolment where session_id = :s").setParameter("s", session).getSingleResult())
                .longValue()));
    }

    @Test
    void expiredKeyIsReclaimed() {
        String key = UUID.randomUUID().toString();
        post(key, zone("210796", "开发区庚")).then().statusCode(201);
        expireAll(key);
        post(key, zone("210797", "开发区辛")).then().statusCode(201)
                .header("Location", endsWith("/api/v1/jurisdictions/210797"));
    }

    @Test
    void malformedKeyIs400() {
        post("bad key with spaces", zone("210798", "x")).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("IDEMPOTENCY_KEY_INVALID"));
    }

    @Transactional
    long countRecords(String key) {
        return ((Number) em.createNativeQuery("select count(*) from idempotency_record where scope_key like :k")
                .setParameter("k", "% " + key).getSingleResult()).longValue();
    }

    @Transactional
    void expireAll(String key) {
        em.createNativeQuery("update idempotency_record set expires_at = now() - interval '1 minute' "
                + "where scope_key like :k").setParameter("k", "% " + key).executeUpdate();
    }
}
