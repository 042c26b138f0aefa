package io.mwportal.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.mwportal.support.JobApi;
import io.mwportal.support.TestClock;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Vacancy statistics: two welding vacancies (5 and 3 places, 5,000 and 6,000 a month) posted in Guta in July 2024
 * (the portal's clock set back, a month no other test posts in), with two applications: vacancies and pay are
 * public, the application count (people) is not under 5.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobStatisticsTest {

    private static final String URL = "/api/v1/statistics/jobs?from=2024-07&to=2024-07&district=210702";

    @Inject
    StatisticsRefresh refresh;

    private boolean posted;

    @BeforeEach
    void twoVacanciesInJuly2024() {
        if (posted) {
            return;
        }
        posted = true;
        TestClock.setToday(LocalDate.of(2024, 7, 8));
        try {
            String token = Tokens.of("jobcenter.guta");
            long first = 0;
            for (int i = 0; i < 2; i++) {
                Map<String, Object> body = JobApi.vacancy("电焊工", "锦州某机械" + UUID.randomUUID().toString().substring(0, 6));
                body.put("validThrough", "2024-08-31");
                body.put("headcount", i == 0 ? 5 : 3);
                body.put("pay", Map.of("min", i == 0 ? "5000.00" : "6000.00", "max", "7000.00", "unit", "MONTH"));
                long id = JobApi.published(token, body);
                first = i == 0 ? id : first;
            }
            for (String worker : List.of("wang.worker", "li.worker")) {
                given().auth().oauth2(Tokens.of(worker)).contentType(ContentType.JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("phone", "13800138000"))
                        .post("/api/v1/jobs/" + first + "/applications").then().statusCode(201);
            }
        } finally {
            TestClock.reset();
        }
        assertTrue(refresh.refresh());
    }

    @Test
    void vacanciesAndPayArePublicApplicationsUnderFiveAreNot() {
        JsonPath cell = given().get(URL).then().statusCode(200).body("audience", equalTo("PUBLIC"))
                .body("cells.size()", equalTo(1)).extract().jsonPath().setRootPath("cells[0]");
        assertEquals("6", cell.getString("occupationGroup"));
        assertEquals(2, cell.getInt("published"));
        assertEquals(8, cell.getInt("headcount"));
        assertEquals("5500.00", cell.getString("payMedian"));
        assertNull(cell.get("applications"));
        assertEquals(List.of("applications"), cell.getList("suppressed"));
        given().auth().oauth2(Tokens.of("analyst")).get(URL).then().statusCode(200)
                .body("cells[0].applications", equalTo(2)).body("cells[0].suppressed", equalTo(List.of()));
    }

    @Test
    void asCsv() {
        String csv = new String(given().accept("text/csv").get(URL).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("jurisdiction,month,occupationGroup,published,headcount,payMedian,applications\r\n"
                + "210702,2024-07,6,2,8,5500.00,suppressed\r\n"), csv);
    }
}
