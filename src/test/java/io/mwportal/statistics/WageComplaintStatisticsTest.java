package io.mwportal.statistics;

import static io.mwportal.support.WageApi.act;
import static io.mwportal.support.WageApi.complaint;
import static io.mwportal.support.WageApi.file;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.mwportal.support.TestClock;
import io.mwportal.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Wage-complaint statistics from the rebuilt summary: every figure for analysts and an office's own inspectors, the
 * public figures with small counts (and those that would give them away) withheld and no amounts, CSV for Excel.
 * The complaints are filed in May 2024 (the portal's clock set back), a month no other test files in.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WageComplaintStatisticsTest {

    private static final String URL = "/api/v1/statistics/wage-complaints?from=2024-05&to=2024-05&district=210702";

    @Inject
    StatisticsRefresh refresh;

    @Inject
    StatisticsGauges gauges;

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    private boolean filed;

    /** Once per class (in @BeforeEach: REST Assured knows the test port only there). */
    @BeforeEach
    void sevenComplaintsInMay2024() {
        if (filed) {
            return;
        }
        filed = true;
        TestClock.setToday(LocalDate.of(2024, 5, 6));
        try {
            Map<String, Object> body = complaint();
            body.put("periodStart", "2023-09-01");
            body.put("periodEnd", "2024-04-30");
            for (int i = 0; i < 7; i++) {
                String tn = file("wang.worker", body).then().statusCode(201).extract().path("trackingNumber");
                if (i < 6) {
                    act("inspector.guta", tn, "accept", null).then().statusCode(200);
                } else {
                    act("inspector.guta", tn, "refuse", Map.of("reasonCode", "NOT_WITHIN_POWERS",
                            "note", "已进入仲裁程序")).then().statusCode(200);
                }
            }
        } finally {
            TestClock.reset();
        }
        assertTrue(refresh.refresh());
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void analystsSeeEveryFigureAndAmount() {
        JsonPath cell = cell(given().auth().oauth2(Tokens.of("analyst")).get(URL).then().statusCode(200)
                .body("audience", equalTo("FULL")).body("period.from", equalTo("2024-05"))
                .body("computedAt", org.hamcrest.Matchers.notNullValue()).extract().response());
        assertEquals(7, cell.getInt("filed"));
        assertEquals(6, cell.getInt("accepted"));
        assertEquals(1, cell.getInt("refused"));
        assertEquals(1, cell.getInt("refusedByReason.NOT_WITHIN_POWERS"));
        assertEquals(7, cell.getInt("decided"));
        assertEquals(7, cell.getInt("decidedWithinClock"));
        assertEquals("252000.00", cell.getString("amountOwed"));
        assertEquals(0.0, cell.getDouble("daysToAcceptanceMedian"));
        assertEquals(List.of(), cell.getList("suppressed"));
    }

    @Test
    void thePublicSeesNoSmallCountsNorWhatWouldGiveThemAwayNorAmounts() {
        JsonPath cell = cell(given().get(URL).then().statusCode(200).body("audience", equalTo("PUBLIC"))
                .header("Cache-Control", equalTo("public, max-age=60")).extract().response());
        assertEquals(7, cell.getInt("filed"));
        assertEquals(7, cell.getInt("decided"));
        // refused (1) is withheld; with decided = accepted + refused shown, accepted would give it away.
        assertNull(cell.get("refused"));
        assertNull(cell.get("accepted"));
        assertEquals(Map.of(), cell.getMap("refusedByReason"));
        assertNull(cell.get("amountOwed"));
        // A median of the 6 accepted, but no 90th percentile of fewer than 10.
        assertEquals(0.0, cell.getDouble("daysToAcceptanceMedian"));
        assertNull(cell.get("daysToAcceptanceP90"));
        // The breakdown is withheld whole: naming the withheld reason would say someone was refused for it.
        assertEquals(List.of("refused", "refusedByReason", "accepted"), cell.getList("suppressed"));
    }

    @Test
    void inspectorsSeeTheirOwnOfficeInFullAndOthersAsThePublicDoes() {
        given().auth().oauth2(Tokens.of("inspector.guta")).get("/api/v1/statistics/wage-complaints?from=2024-05&to=2024-05")
                .then().statusCode(200).body("audience", equalTo("FULL")).body("jurisdiction", equalTo("210702"))
                .body("cells.jurisdiction", hasItems("210702"))
                .body("cells.findAll { it.jurisdiction != '210702' }", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Tokens.of("inspector.taihe")).get(URL).then().statusCode(200)
                .body("audience", equalTo("PUBLIC")).body("cells[0].amountOwed", nullValue());
        given().auth().oauth2(Tokens.of("wang.worker")).get(URL).then().statusCode(200)
                .body("audience", equalTo("PUBLIC"));
    }

    @Test
    void csvOpensInExcel() {
        byte[] csv = given().auth().oauth2(Tokens.of("analyst")).accept("text/csv").get(URL).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFstatistic,wage-complaints\r\n"), text);
        assertTrue(text.contains("jurisdiction,month,filed,workers,accepted,refused,refused:NOT_WITHIN_POWERS,resolved"),
                text);
        assertTrue(text.contains("\r\n210702,2024-05,7,7,6,1,1,0,"), text);
        String publicCsv = new String(given().accept("text/csv").get(URL).then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8);
        assertTrue(publicCsv.contains("jurisdiction,month,filed,workers,accepted,refused,resolved,"), publicCsv);
        assertTrue(publicCsv.contains("\r\n210702,2024-05,7,7,suppressed,suppressed,0,"), publicCsv);
    }

    @Test
    void aPeriodMustBeMonthsInOrder() {
        given().get("/api/v1/statistics/wage-complaints?from=2024-06&to=2024-05").then().statusCode(400)
                .body("errors[0].field", equalTo("from")).body("errors[0].code", equalTo("PERIOD_REVERSED"));
        given().get("/api/v1/statistics/wage-complaints?from=2024-13").then().statusCode(400);
        given().get("/api/v1/statistics/wage-complaints?district=21070").then().statusCode(400);
    }

    @Test
    void keyFiguresArePrometheusGaugesOnTheManagementPort() {
        gauges.update();
        String metrics = given().get(managementRoot.toString().replaceAll("/$", "") + "/metrics").then()
                .statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("portal_wage_complaints_overdue{")
                && line.contains("jurisdiction=\"210702\"")), metrics);
        assertTrue(metrics.contains("portal_wage_complaints_filed_this_month{"), metrics);
    }

    private static JsonPath cell(Response response) {
        List<Map<String, Object>> cells = response.jsonPath().getList("cells");
        assertEquals(1, cells.size(), response.asString());
        return new JsonPath(response.asString()).setRootPath("cells[0]");
    }
}
