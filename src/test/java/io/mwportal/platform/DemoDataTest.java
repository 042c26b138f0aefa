package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.mwportal.platform.demo.DemoData;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The demo city, loaded at start-up into a database of its own (cleaned first, as every test database): what the
 * README's journeys show on first run, and a second load that does nothing because the database is not empty.
 */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoDataTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = System.getenv().getOrDefault("PORTAL_TEST_DEMO_DB_URL",
                    "jdbc:postgresql://localhost:5432/mwportal_test_demo");
            return Map.of("portal.demo.enabled", "true", "quarkus.datasource.jdbc.url", url);
        }
    }

    @Inject
    DemoData demo;

    @Inject
    EntityManager em;

    @Test
    void anonymousJobSearchFindsVacanciesInEveryDistrict() {
        for (String district : List.of("210702", "210703", "210711", "210726", "210727", "210781", "210782")) {
            given().queryParam("district", district).get("/api/v1/jobs").then().statusCode(200)
                    .body("items.size()", greaterThan(5));
        }
        // The search text was made as the portal makes it: a keyword finds its vacancies.
        given().queryParam("q", "电焊工").get("/api/v1/jobs").then().statusCode(200)
                .body("items.title", hasItem("电焊工"));
    }

    @Test
    void theInspectorsQueueHasCasesInTheClockAndOverdue() {
        List<Boolean> overdue = given().auth().oauth2(Tokens.of("inspector.guta")).queryParam("size", 100)
                .get("/api/v1/wage-complaints").then().statusCode(200).body("items.size()", greaterThan(10))
                .extract().path("items.deadline.overdue");
        assertTrue(overdue.contains(true), overdue.toString());
        assertTrue(overdue.contains(false), overdue.toString());
    }

    @Test
    void wangWorkerHasCasesAndWaitsForASeat() {
        given().auth().oauth2(Tokens.of("wang.worker")).get("/api/v1/wage-complaints").then().statusCode(200)
                .body("items.size()", greaterThan(0));
        given().auth().oauth2(Tokens.of("wang.worker")).get("/api/v1/training/enrolments").then().statusCode(200)
                .body("items.status", hasItem("WAITLISTED"));
    }

    @Test
    void statisticsAreComputedForTheYear() {
        given().get("/api/v1/statistics/wage-complaints").then().statusCode(200)
                .body("computedAt", notNullValue()).body("cells.size()", greaterThan(20));
        given().auth().oauth2(Tokens.of("analyst")).get("/api/v1/statistics/training").then().statusCode(200)
                .body("target.enrolments", greaterThan(200)).body("target.target", equalTo(10000));
    }

    @Test
    void aDatabaseWithDataIsNeverLoadedAgain() {
        long before = ((Number) em.createNativeQuery("select count(*) from case_file").getSingleResult())
                .longValue();
        assertFalse(demo.load());
        assertEquals(before, ((Number) em.createNativeQuery("select count(*) from case_file").getSingleResult())
                .longValue());
        assertTrue(before > 300, "cases: " + before);
        assertTrue(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class)
                .endsWith("_demo"), "the demo set goes only into its own database");
    }
}
