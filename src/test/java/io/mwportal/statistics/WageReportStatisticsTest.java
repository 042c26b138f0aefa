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

import io.mwportal.support.TestClock;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Anonymous-report statistics: six reports to Guta in June 2024 (the portal's clock set back, a month no other test
 * reports in): one opens a case, four are closed as no violation found, one as a duplicate.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WageReportStatisticsTest {

    private static final String URL = "/api/v1/statistics/wage-reports?from=2024-06&to=2024-06&district=210702";
    private static final String REPORTS = "/api/v1/wage-reports";

    @Inject
    StatisticsRefresh refresh;

    private boolean reported;

    @BeforeEach
    void sixReportsInJune2024() {
        if (reported) {
            return;
        }
        reported = true;
        String employer = "锦州某饭店" + UUID.randomUUID().toString().substring(0, 6);
        TestClock.setToday(LocalDate.of(2024, 6, 3));
        try {
            for (int i = 0; i < 6; i++) {
                given().header("X-Forwarded-For", "2001:db8:5e:%x::1".formatted(i)).contentType(ContentType.JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("employer", Map.of("name", employer, "address", "锦州市某路 8 号"),
                                "workplace", Map.of("district", "210702", "address", "某路 8 号", "construction", false,
                                        "cityGovernmentLed", false),
                                "workersAffected", 3, "description", "该店拖欠服务员工资。"))
                        .post(REPORTS).then().statusCode(202);
            }
            List<String> received = given().auth().oauth2(Tokens.of("inspector.guta")).queryParam("size", 100)
                    .get(REPORTS).then().statusCode(200).extract()
                    .path("items.findAll { it.employerName == '" + employer + "' }.trackingNumber");
            assertEquals(6, received.size());
            for (int i = 0; i < 6; i++) {
                String action = i == 0 ? "open-case" : "close";
                Map<String, Object> body = i == 0 ? Map.of("note", "立案查处")
                        : Map.of("reasonCode", i == 5 ? "DUPLICATE" : "NO_VIOLATION_FOUND", "note", "已核查");
                given().auth().oauth2(Tokens.of("inspector.guta")).contentType(ContentType.JSON).body(body)
                        .post(REPORTS + "/" + received.get(i) + "/actions/" + action).then().statusCode(200);
            }
        } finally {
            TestClock.reset();
        }
        assertTrue(refresh.refresh());
    }

    @Test
    void analystsSeeEveryFigure() {
        JsonPath cell = given().auth().oauth2(Tokens.of("analyst")).get(URL).then().statusCode(200)
                .body("audience", equalTo("FULL")).body("cells.size()", equalTo(1)).extract().jsonPath()
                .setRootPath("cells[0]");
        assertEquals(6, cell.getInt("received"));
        assertEquals(18, cell.getInt("workers"));
        assertEquals(1, cell.getInt("caseOpened"));
        assertEquals(5, cell.getInt("closed"));
        assertEquals(Map.of("DUPLICATE", 1, "NO_VIOLATION_FOUND", 4), cell.getMap("closedByReason"));
        assertEquals(0, cell.getInt("pending"));
    }

    @Test
    void thePublicSeesNoFigureThatTellsOfFewerThanFive() {
        JsonPath cell = given().get(URL).then().statusCode(200).body("audience", equalTo("PUBLIC")).extract()
                .jsonPath().setRootPath("cells[0]");
        assertEquals(6, cell.getInt("received"));
        assertEquals(0, cell.getInt("pending"));
        // caseOpened (1) is withheld; received = caseOpened + closed + pending, so closed goes too.
        assertNull(cell.get("caseOpened"));
        assertNull(cell.get("closed"));
        assertEquals(Map.of(), cell.getMap("closedByReason"));
        assertEquals(List.of("caseOpened", "closedByReason", "closed"), cell.getList("suppressed"));
        String csv = new String(given().accept("text/csv").get(URL).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("jurisdiction,month,received,workers,caseOpened,closed,pending,"), csv);
        assertTrue(csv.contains("\r\n210702,2024-06,6,18,suppressed,suppressed,0,"), csv);
    }
}
