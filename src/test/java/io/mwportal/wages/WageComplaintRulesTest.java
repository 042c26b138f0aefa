package io.mwportal.wages;

import static io.mwportal.support.WageApi.act;
import static io.mwportal.support.WageApi.complaint;
import static io.mwportal.support.WageApi.file;
import static io.mwportal.support.WageApi.fileValid;
import static io.mwportal.support.WageApi.get;
import static io.mwportal.support.WageApi.note;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mwportal.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Decisions must hold on the record: a refusal's reason, the order of outcomes (no police referral without an
 * order to pay that was not obeyed) and an extension before the period ends. Each refusal says why.
 */
@QuarkusTest
class WageComplaintRulesTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aComplaintWithinTheLimitationPeriodCannotBeRefusedAsTimeBarred() {
        TestClock.setToday(LocalDate.of(2026, 11, 2));
        Map<String, Object> body = complaint();
        body.put("periodStart", "2024-06-01");
        body.put("periodEnd", "2024-11-02"); // exactly two years: still within the period
        String tn = file("wang.worker", body).then().statusCode(201).body("limitationRisk", equalTo(false))
                .extract().path("trackingNumber");
        act("inspector.guta", tn, "refuse", Map.of("reasonCode", "LIMITATION_EXPIRED", "note", "超过时效"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("ACTION_INPUT_INVALID")).body("errors[0].field", equalTo("reasonCode"))
                .body("errors[0].code", equalTo("LIMITATION_NOT_EXPIRED"));
        get("wang.worker", tn).then().body("status", equalTo("SUBMITTED")).body("refusalReason", equalTo(null));
    }

    @Test
    void employerNotIdentifiableOnlyAfterASupplementWasRequested() {
        String tn = fileValid("wang.worker");
        Map<String, Object> refusal = Map.of("reasonCode", "EMPLOYER_NOT_IDENTIFIABLE", "note", "无法确定用人单位");
        act("inspector.guta", tn, "refuse", refusal).then().statusCode(422)
                .body("errors[0].code", equalTo("SUPPLEMENT_NOT_REQUESTED"));
        act("inspector.guta", tn, "request-supplement", Map.of("missingItems", List.of("用人单位全称"))).then()
                .statusCode(200);
        act("inspector.guta", tn, "refuse", refusal).then().statusCode(200).body("status", equalTo("REFUSED"))
                .body("refusalReason", equalTo("EMPLOYER_NOT_IDENTIFIABLE"));
    }

    @Test
    void policeReferralOnlyAfterAnOrderToPayThatWasNotObeyed() {
        String tn = fileValid("wang.worker");
        act("inspector.guta", tn, "accept", null).then().statusCode(200);
        act("inspector.guta", tn, "record-outcome", Map.of("outcome", "REFERRED_TO_POLICE")).then().statusCode(422)
                .body("errors[0].field", equalTo("outcome")).body("errors[0].code", equalTo("POLICE_NEEDS_ORDER_TO_PAY"));
        get("inspector.guta", tn).then().body("status", equalTo("INVESTIGATING"));

        act("inspector.guta", tn, "record-outcome", Map.of("outcome", "ORDERED_TO_PAY", "amountOrdered", "36000.00"))
                .then().statusCode(200).body("status", equalTo("OUTCOME_RECORDED"))
                .body("allowedActions", hasItem("record-outcome"));
        act("inspector.guta", tn, "record-outcome", Map.of("outcome", "NOT_WITHIN_SCOPE")).then().statusCode(422)
                .body("errors[0].code", equalTo("NOT_A_SEQUEL_OF_ORDER"));
        act("inspector.guta", tn, "record-outcome", Map.of("outcome", "REFERRED_TO_POLICE",
                "note", "逾期仍未支付，移送公安机关")).then().statusCode(200)
                .body("outcome", equalTo("REFERRED_TO_POLICE")).body("amountOrdered", equalTo("36000.00"))
                .body("allowedActions", not(hasItem("record-outcome")));
        // After any other outcome there is no second one.
        act("inspector.guta", tn, "record-outcome", Map.of("outcome", "RESOLVED", "amountRecovered", "1.00"))
                .then().statusCode(409).body("code", equalTo("ACTION_NOT_ALLOWED_NOW"));
        act("inspector.guta", tn, "close", null).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void anExtensionIsGrantedBeforeTheDeadlineNotAfter() {
        TestClock.setToday(LocalDate.of(2026, 3, 2));
        String tn = fileValid("wang.worker");
        act("inspector.guta", tn, "accept", null).then().statusCode(200).body("deadline.dueAt", equalTo("2026-05-28"));
        TestClock.setToday(LocalDate.of(2026, 5, 29)); // the day after the investigation period ended
        act("inspector.guta", tn, "extend", note("案情复杂")).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("DEADLINE_PASSED"))
                .body("detail", org.hamcrest.Matchers.containsString("2026-05-28"))
                .body("allowedActions", not(hasItem("extend")));
        get("inspector.guta", tn).then().body("deadline.extended", equalTo(false));
        TestClock.setToday(LocalDate.of(2026, 5, 28)); // on the last day it is still possible
        act("inspector.guta", tn, "extend", note("案情复杂")).then().statusCode(200)
                .body("deadline.extended", equalTo(true));
    }
    @Test
    void everyOutcomeRecordsItsAmounts() {
        String ordered = fileValid("wang.worker");
        act("inspector.guta", ordered, "accept", null).then().statusCode(200);
        act("inspector.guta", ordered, "record-outcome", Map.of("outcome", "ORDERED_TO_PAY")).then().statusCode(422)
                .body("errors[0].field", equalTo("amountOrdered"));
        act("inspector.guta", ordered, "record-outcome", Map.of("outcome", "ORDERED_TO_PAY",
                "amountOrdered", "36000.00")).then().statusCode(200).body("amountOrdered", equalTo("36000.00"));
        // Paid after the order: the sequel keeps the order's amount.
        act("inspector.guta", ordered, "record-outcome", Map.of("outcome", "RESOLVED", "amountRecovered", "30000.00"))
                .then().statusCode(200).body("outcome", equalTo("RESOLVED"))
                .body("amountRecovered", equalTo("30000.00")).body("amountOrdered", equalTo("36000.00"));
        List<Map<String, Object>> steps = io.mwportal.support.WageApi.as("wang.worker")
                .get(io.mwportal.support.WageApi.BASE + "/" + ordered + "/history").then().extract().path("details");
        assertEquals(Map.of("outcome", "ORDERED_TO_PAY", "amountOrdered", "36000.00"), steps.get(2));
        assertEquals(Map.of("outcome", "RESOLVED", "amountRecovered", "30000.00", "amountOrdered", "36000.00"),
                steps.get(3));

        for (String outcome : List.of("REFERRED_TO_ARBITRATION_OR_COURT", "NOT_WITHIN_SCOPE")) {
            String tn = fileValid("wang.worker");
            act("inspector.guta", tn, "accept", null).then().statusCode(200);
            act("inspector.guta", tn, "record-outcome", Map.of("outcome", outcome, "note", "依法处理")).then()
                    .statusCode(200).body("outcome", equalTo(outcome)).body("amountOrdered", equalTo(null))
                    .body("allowedActions", equalTo(List.of("close")));
        }
    }

    @Test
    void theQueueFiltersByDueDate() {
        TestClock.setToday(LocalDate.of(2026, 3, 2)); // Monday: due Monday 9 March
        String tn = fileValid("wang.worker");
        TestClock.setToday(LocalDate.of(2026, 3, 5));
        // Due in 4 calendar days.
        io.mwportal.support.WageApi.as("inspector.guta").queryParam("dueWithinDays", 4).queryParam("size", 100)
                .get(io.mwportal.support.WageApi.BASE).then().statusCode(200).body("items.trackingNumber", hasItem(tn));
        io.mwportal.support.WageApi.as("inspector.guta").queryParam("dueWithinDays", 3).queryParam("size", 100)
                .get(io.mwportal.support.WageApi.BASE).then().statusCode(200)
                .body("items.trackingNumber", not(hasItem(tn)));
        io.mwportal.support.WageApi.as("inspector.guta").queryParam("dueWithinDays", 366)
                .get(io.mwportal.support.WageApi.BASE).then().statusCode(400);
    }
}
