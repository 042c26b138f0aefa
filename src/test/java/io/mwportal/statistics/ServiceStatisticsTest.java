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

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.mwportal.support.LegalAidApi;
import io.mwportal.support.ResidenceApi;
import io.mwportal.support.TestClock;
import io.mwportal.support.Tokens;
import io.mwportal.support.TrainingApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Legal-aid, residence-permit and training statistics, each from cases made in a month of 2024 no other test uses
 * (the portal's clock set back): legal aid in August, residence permits in September, training in October. Each
 * service's own officers see their office's every figure; other officers see what the public sees.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceStatisticsTest {

    private static final String LEGAL_AID = "/api/v1/statistics/legal-aid?from=2024-08&to=2024-08&district=210702";
    private static final String RESIDENCE =
            "/api/v1/statistics/residence-permits?from=2024-09&to=2024-09&district=210702";
    private static final String TRAINING = "/api/v1/statistics/training?from=2024-10&to=2024-10&district=210702";

    @Inject
    StatisticsRefresh refresh;

    private boolean made;

    /** Once per class (in @BeforeEach: REST Assured knows the test port only there). */
    @BeforeEach
    void casesOfAugustToOctober2024() {
        if (made) {
            return;
        }
        made = true;
        try {
            sixLegalAidRequests();
            sixResidenceApplications();
            aFullSessionWithAWaitlist();
        } finally {
            TestClock.reset();
        }
        assertTrue(refresh.refresh());
    }

    /** Five approved (one with a lawyer), one refused, all on the day they were made. */
    private void sixLegalAidRequests() {
        TestClock.setToday(LocalDate.of(2024, 8, 5));
        for (int i = 0; i < 6; i++) {
            String tn = LegalAidApi.submitValid("wang.worker", LegalAidApi.application());
            if (i < 5) {
                LegalAidApi.act("legalaid.guta", tn, "approve", Map.of("note", "符合条件")).then().statusCode(200);
            } else {
                LegalAidApi.act("legalaid.guta", tn, "refuse", Map.of("reasonCode", "NO_REASONABLE_GROUNDS",
                        "note", "请求明显缺乏依据")).then().statusCode(200);
            }
            if (i == 0) {
                LegalAidApi.act("legalaid.guta", tn, "assign-lawyer", LegalAidApi.lawyer()).then().statusCode(200);
            }
        }
    }

    /** Six applications: four issued (one collected), one refused, one pending. */
    private void sixResidenceApplications() {
        LocalDate day = LocalDate.of(2024, 9, 2);
        TestClock.setToday(day);
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = ResidenceApi.application(ResidenceApi.person("赵敏",
                    day.minusYears(30 + i), i % 2 == 0));
            body.put("residenceRegisteredOn", day.minusMonths(7).toString());
            body.put("bases", List.of(Map.of("type", "STABLE_JOB", "organisation", "锦州某建筑劳务有限公司",
                    "creditCode", "91210700MA0Y0D6U42", "since", day.minusMonths(8).toString())));
            String tn = ResidenceApi.submitValid("li.worker", body);
            if (i == 5) {
                continue;
            }
            if (i == 4) {
                ResidenceApi.act("police.guta", tn, "refuse", Map.of("reasonCode", "NO_BASIS", "note", "无合法稳定就业"))
                        .then().statusCode(200);
                continue;
            }
            ResidenceApi.act("police.guta", tn, "accept", null).then().statusCode(200);
            ResidenceApi.act("police.guta", tn, "issue", null).then().statusCode(200);
            if (i == 0) {
                ResidenceApi.act("police.guta", tn, "record-collection", null).then().statusCode(200);
            }
        }
    }

    /** One seat, taken by wang.worker (who completes the course); li.worker waits. */
    private void aFullSessionWithAWaitlist() {
        TestClock.setToday(LocalDate.of(2024, 10, 8));
        long session = TrainingApi.publishedSession(TrainingApi.course("6-29-03-01", 3), "2024-10-21", 1);
        long enrolment = ((Number) TrainingApi.enrol("wang.worker", session).then().statusCode(201).extract()
                .path("id")).longValue();
        TrainingApi.enrol("li.worker", session).then().statusCode(201).body("status", equalTo("WAITLISTED"));
        TrainingApi.on("2024-10-21", () -> TrainingApi.post("trainer.city", "/enrolments/" + enrolment
                + "/actions/complete", Map.of("certificateNumber", "S" + System.nanoTime())).then().statusCode(200));
    }

    @Test
    void legalAidOfficersSeeEveryFigureOfTheirOffice() {
        JsonPath cell = given().auth().oauth2(Tokens.of("legalaid.guta")).get(LEGAL_AID).then().statusCode(200)
                .body("statistic", equalTo("legal-aid")).body("audience", equalTo("FULL"))
                .body("cells.size()", equalTo(1)).extract().jsonPath().setRootPath("cells[0]");
        assertEquals(6, cell.getInt("filed"));
        assertEquals(Map.of("LABOUR_REMUNERATION", 6), cell.getMap("filedByMatter"));
        assertEquals(5, cell.getInt("approved"));
        assertEquals(1, cell.getInt("refused"));
        assertEquals(Map.of("NO_REASONABLE_GROUNDS", 1), cell.getMap("refusedByReason"));
        assertEquals(1, cell.getInt("assigned"));
        assertEquals(6, cell.getInt("decided"));
        assertEquals(6, cell.getInt("decidedWithinClock"));
        assertEquals(0, cell.getInt("overdueNow"));
        assertEquals("216000.00", cell.getString("amountClaimed"));
        assertEquals(0.0, cell.getDouble("daysToDecisionMedian"), 0.1);
        assertEquals(List.of(), cell.getList("suppressed"));
    }

    @Test
    void thePublicAndOtherOfficersSeeNoLegalAidFigureOfFewerThanFive() {
        for (String caller : new String[] { null, "inspector.guta" }) {
            var request = given();
            if (caller != null) {
                request.auth().oauth2(Tokens.of(caller));
            }
            JsonPath cell = request.get(LEGAL_AID).then().statusCode(200).body("audience", equalTo("PUBLIC"))
                    .extract().jsonPath().setRootPath("cells[0]");
            assertEquals(6, cell.getInt("filed"));
            assertEquals(6, cell.getInt("decided"));
            // refused (1) is withheld; decided = approved + refused, so approved goes too.
            assertNull(cell.get("refused"));
            assertNull(cell.get("approved"));
            assertNull(cell.get("assigned"));
            assertNull(cell.get("amountClaimed"));
            assertNull(cell.get("daysToAssignmentMedian"));
            assertEquals(List.of("refused", "assigned", "refusedByReason", "approved"), cell.getList("suppressed"));
        }
    }

    @Test
    void residencePermitFiguresAddUpAndWithholdWhatWouldGiveAPersonAway() {
        JsonPath full = given().auth().oauth2(Tokens.of("police.guta")).get(RESIDENCE).then().statusCode(200)
                .body("audience", equalTo("FULL")).extract().jsonPath().setRootPath("cells[0]");
        assertEquals(6, full.getInt("filed"));
        assertEquals(4, full.getInt("accepted"));
        assertEquals(4, full.getInt("issued"));
        assertEquals(1, full.getInt("collected"));
        assertEquals(1, full.getInt("refused"));
        assertEquals(Map.of("NO_BASIS", 1), full.getMap("refusedByReason"));
        assertEquals(1, full.getInt("pending"));
        assertEquals(4, full.getInt("issuedWithinClock"));

        JsonPath open = given().get(RESIDENCE).then().statusCode(200).body("audience", equalTo("PUBLIC")).extract()
                .jsonPath().setRootPath("cells[0]");
        assertEquals(6, open.getInt("filed"));
        // filed = issued + refused + withdrawn + pending: with refused and pending (1 each) withheld, the sum has
        // two unknowns and the rest (issued 4) is withheld as a count under 5 anyway.
        assertNull(open.get("refused"));
        assertNull(open.get("pending"));
        assertNull(open.get("issued"));
        assertEquals(0, open.getInt("withdrawn"));
        String csv = new String(given().accept("text/csv").get(RESIDENCE).then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFstatistic,residence-permits\r\n"), csv);
        // No refused:<reason> column: naming the withheld reason would say that someone was refused for it.
        assertTrue(csv.contains("jurisdiction,month,filed,accepted,refused,issued,collected,withdrawn,pending,"), csv);
        assertTrue(csv.contains("\r\n210702,2024-09,6,suppressed,suppressed,suppressed,suppressed,0,suppressed,0,"),
                csv);
    }

    @Test
    void trainingCountsSeatsWaitlistsAndTheYearlyTarget() {
        JsonPath full = given().auth().oauth2(Tokens.of("trainer.city")).get(TRAINING).then().statusCode(200)
                .body("audience", equalTo("FULL")).body("target.year", equalTo(2024))
                .body("target.target", equalTo(10000)).extract().jsonPath();
        long enrolments = full.getLong("target.enrolments");
        assertTrue(enrolments >= 1, full.prettify());
        JsonPath cell = full.setRootPath("cells.find { it.occupationGroup == '6' }");
        assertEquals(1, cell.getInt("enrolments"));
        assertEquals(1, cell.getInt("completions"));
        assertEquals(1, cell.getInt("waitlisted"));
        assertEquals(0, cell.getInt("subsidiesApproved"));
        assertEquals("0.00", cell.getString("subsidyAmount"));

        JsonPath all = given().get(TRAINING).then().statusCode(200).body("audience", equalTo("PUBLIC")).extract()
                .jsonPath();
        // The public total is rounded down to tens, so it cannot give away the withheld cells.
        assertEquals(enrolments / 10 * 10, all.getLong("target.enrolments"));
        JsonPath open = all.setRootPath("cells.find { it.occupationGroup == '6' }");
        assertNull(open.get("enrolments"));
        assertNull(open.get("waitlisted"));
        assertNull(open.get("subsidyAmount"));
        assertEquals(List.of("enrolments", "completions", "waitlisted"), open.getList("suppressed"));
        String csv = new String(given().accept("text/csv").get(TRAINING).then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\ntarget,10000\r\n"), csv);
    }
}
