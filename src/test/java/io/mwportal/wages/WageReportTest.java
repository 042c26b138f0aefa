package io.mwportal.wages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Anonymous reports: no login, routed, nothing about the reporter, limited per client address. */
@QuarkusTest
class WageReportTest {

    @Inject
    EntityManager em;

    private static Map<String, Object> report(String district, boolean cityLed) {
        return Map.of("employer", Map.of("name", "锦州某餐饮有限公司", "address", "锦州市太和区某路 8 号"),
                "workplace", Map.of("district", district, "address", "某路 8 号", "construction", false,
                        "cityGovernmentLed", cityLed),
                "workersAffected", 12, "description", "该店拖欠十余名服务员三个月工资。");
    }

    private static Response post(String client, Object body) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/wage-reports");
    }

    @Test
    void anonymousReportIsRoutedAndNotTracked() {
        post("203.0.113.10", report("210711", false)).then().statusCode(202)
                .header("Location", (String) null)
                .body("handlingOffice.jurisdiction", equalTo("210711"))
                .body("receivedAt", notNullValue())
                .body("trackingNumber", equalTo(null));
        post("203.0.113.10", report("210711", true)).then().statusCode(202)
                .body("handlingOffice.jurisdiction", equalTo("210700"));
        List<?> columns = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select column_name from information_schema.columns where table_name = 'wage_report'").getResultList());
        // Nothing about the reporter: no address, no identity, no contact (the case and the office's decision only).
        assertEquals(Set.of("id", "case_id", "received_at", "jurisdiction", "employer_name", "employer_address",
                "work_district", "work_address", "construction", "city_government_led", "project_name",
                "workers_affected", "description", "close_reason"),
                columns.stream().map(Object::toString).collect(Collectors.toSet()));
    }

    @Test
    void badReportsAre4xx() {
        post("203.0.113.11", Map.of("description", "x")).then().statusCode(400).contentType("application/problem+json");
        post("203.0.113.11", report("110101", false)).then().statusCode(422)
                .body("errors[0].field", equalTo("workplace.district"));
        given().header("X-Forwarded-For", "203.0.113.11").contentType(ContentType.JSON)
                .body(report("210702", false)).post("/api/v1/wage-reports").then().statusCode(428);
    }

    @Test
    void reportsAreLimitedPerClientAddress() {
        String client = uniqueClient();
        long before = count();
        int accepted = 0;
        Response limited = null;
        for (int i = 0; i < 15 && limited == null; i++) {
            Response response = post(client, report("210702", false));
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertEquals(202, response.statusCode(), response.asString());
                accepted++;
                // Each answer that counted says what is left of the hour's quota.
                assertEquals("\"wage-reports\";q=10;w=3600", response.header("RateLimit-Policy"));
                assertTrue(response.header("RateLimit").matches("\"wage-reports\";r=" + (10 - accepted) + ";t=\\d+"),
                        response.header("RateLimit"));
            }
        }
        assertEquals(10, accepted);
        limited.then().contentType("application/problem+json").body("code", equalTo("RATE_LIMITED"))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Policy", equalTo("\"wage-reports\";q=10;w=3600"))
                .header("RateLimit", matchesPattern("\"wage-reports\";r=0;t=\\d+"));
        assertEquals(before + 10, count());
        // Another address is not affected.
        post(uniqueClient(), report("210702", false)).then().statusCode(202);
    }

    @Test
    void theLimitKeysOnTheAddressTheProxyAppendedNotOnWhatTheClientWrote() {
        // The test client connects from 127.0.0.1, a trusted proxy: the right-most entry is the client. A client
        // that varies the entries it writes itself (left of it) stays in one bucket.
        String client = uniqueClient();
        int accepted = 0;
        for (int i = 0; i < 12; i++) {
            int status = post("10.66." + i + ".1, " + client, report("210702", false)).statusCode();
            if (status == 202) {
                accepted++;
            } else {
                assertEquals(429, status);
            }
        }
        assertEquals(10, accepted);
    }

    @Test
    void forwardingEntriesThatAreNotAddressesAreNo500() {
        for (String header : List.of("unknown", "evil.example", "[::1]:80", "_hidden", "1.2.3.4.5", "",
                "198.51.100.91:443", "[2001:db8::91]")) {
            Response response = post(header, report("210702", false));
            assertEquals(202, response.statusCode(), header + ": " + response.asString());
        }
    }

    @Test
    void aReplayedReportDoesNotCountAgainstTheLimit() {
        // An address of this run alone (its own /64), so no other test or earlier run can share the window.
        String client = uniqueClient();
        String key = UUID.randomUUID().toString();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            statuses.add(given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                    .header("Idempotency-Key", key).body(report("210702", false)).post("/api/v1/wage-reports")
                    .statusCode());
        }
        assertEquals(Collections.nCopies(15, 202), statuses, "replays of one report");
        // One report was made; nine more fit in the hour, the tenth does not.
        statuses.clear();
        for (int i = 0; i < 10; i++) {
            statuses.add(post(client, report("210702", false)).statusCode());
        }
        List<Integer> expected = new ArrayList<>(Collections.nCopies(9, 202));
        expected.add(429);
        assertEquals(expected, statuses, "fresh reports after the replays");
    }

    private static String uniqueClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:%x:%x::1".formatted(random.nextInt(0x10000), random.nextInt(0x10000));
    }

    @Test
    void nothingDerivedFromTheAddressCanBeReversed() {
        post("198.51.100.93", report("210702", false)).then().statusCode(202);
        String md5Style = UUID.nameUUIDFromBytes("198.51.100.93".getBytes(StandardCharsets.UTF_8)).toString();
        List<?> stored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select scope_key from idempotency_record where scope_key like 'anonymous %'"
                        + " union all select client_key from rate_limit_window").getResultList());
        assertFalse(stored.isEmpty());
        for (Object value : stored) {
            assertFalse(value.toString().contains("198.51.100.93"), value.toString());
            assertFalse(value.toString().contains(md5Style), value.toString());
        }
        // The limit is kept in the database, so it holds across instances: the client has a row there.
        long windows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from rate_limit_window where bucket = 'wage-reports'").getSingleResult())
                .longValue());
        assertTrue(windows > 0);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from wage_report").getSingleResult()).longValue());
    }
}
