package io.mwportal.legalaid;

import static io.mwportal.support.LegalAidApi.BASE;
import static io.mwportal.support.LegalAidApi.act;
import static io.mwportal.support.LegalAidApi.application;
import static io.mwportal.support.LegalAidApi.as;
import static io.mwportal.support.LegalAidApi.get;
import static io.mwportal.support.LegalAidApi.lawyer;
import static io.mwportal.support.LegalAidApi.submit;
import static io.mwportal.support.LegalAidApi.submitValid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mwportal.support.TestClock;
import io.mwportal.support.WageApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The legal-aid journey with real Keycloak tokens: a worker asks for aid with their wage complaint, the green channel
 * applies, the Guta centre approves and assigns a lawyer, the worker sees who; and a refusal with an objection in
 * time and one too late.
 */
@QuarkusTest
class LegalAidJourneyTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void wangGetsALawyerForTheWagesHisComplaintIsAbout() {
        String complaint = WageApi.fileValid("wang.worker");
        Map<String, Object> body = application();
        body.put("wageComplaint", complaint);
        var submitted = submit("wang.worker", body).then().statusCode(201)
                .header("Location", startsWith("http://portal.test.example/api/v1/legal-aid-requests/LA-"))
                .body("status", equalTo("SUBMITTED"))
                .body("handlingOffice.nameZh", equalTo("古塔区法律援助中心"))
                .body("wageComplaint", equalTo(complaint))
                .body("meansTest.required", equalTo(false)).body("meansTest.exemption", equalTo("ART_42_4"))
                .body("meansTest.basis", startsWith("法律援助法第四十二条"))
                .body("hardship", nullValue())
                .body("deadline.purpose", equalTo("DECISION")).body("deadline.unit", equalTo("WORKING_DAYS"))
                .body("urgent", equalTo(false))
                .body("allowedActions", equalTo(List.of("withdraw"))).extract();
        String tn = submitted.path("trackingNumber");

        get("legalaid.guta", tn).then().statusCode(200).body("applicant.idNumber", equalTo("21070219900101123X"))
                .body("allowedActions", equalTo(List.of("assign", "request-supplement", "approve", "refuse",
                        "transfer")));
        act("legalaid.guta", tn, "approve", Map.of("note", "符合法律援助条件，予以援助")).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("assignee", equalTo("legalaid.guta"))
                .body("deadline.purpose", equalTo("ASSIGNMENT"));
        act("legalaid.guta", tn, "assign-lawyer", Map.of()).then().statusCode(422)
                .body("errors.field", equalTo(List.of("lawyer")));
        act("legalaid.guta", tn, "assign-lawyer", lawyer()).then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("deadline", nullValue());

        get("wang.worker", tn).then().statusCode(200).body("lawyer.name", equalTo("刘律师"))
                .body("lawyer.organisation", equalTo("辽宁某律师事务所")).body("lawyer.phone", equalTo("0416-1234567"))
                .body("allowedActions", equalTo(List.of("withdraw")));
        act("legalaid.guta", tn, "record-outcome", Map.of("outcome", "WON", "amountObtained", "36000.00")).then()
                .statusCode(200).body("outcome", equalTo("WON")).body("amountObtained", equalTo("36000.00"));
        act("legalaid.guta", tn, "close", null).then().statusCode(200).body("status", equalTo("CLOSED"));
        List<String> steps = as("wang.worker").get(BASE + "/" + tn + "/history").then().statusCode(200)
                .body("[2].details.lawyer", equalTo("刘律师（辽宁某律师事务所）")).extract().path("action");
        assertEquals(List.of("SUBMIT", "APPROVE", "ASSIGN_LAWYER", "RECORD_OUTCOME", "CLOSE"), steps);
        as("wang.worker").queryParam("size", 100).get(BASE).then().statusCode(200)
                .body("items.find { it.trackingNumber == '" + tn + "' }.status", equalTo("CLOSED"));
    }

    @Test
    void aRefusalCanBeObjectedToOnceAndInTime() {
        TestClock.setToday(LocalDate.of(2026, 3, 2));
        Map<String, Object> other = application();
        other.put("matterType", "LABOUR_RELATIONSHIP");
        other.remove("amountClaimed");
        other.put("hardship", Map.of("householdSize", 4, "monthlyHouseholdIncome", "5200.00",
                "statement", "家中两位老人，一个孩子上学"));
        String tn = submitValid("wang.worker", other);
        get("wang.worker", tn).then().body("meansTest.required", equalTo(true)).body("hardship.householdSize", equalTo(4));
        act("legalaid.guta", tn, "refuse", Map.of("reasonCode", "MEANS_NOT_MET", "note", "家庭人均收入高于本地标准"))
                .then().statusCode(200).body("status", equalTo("REFUSED")).body("refusal.reasonCode", equalTo("MEANS_NOT_MET"))
                .body("refusal.reason", equalTo("家庭人均收入高于本地标准"))
                // 15 days from 2 March is 17 March; the applicant is told until when.
                .body("refusal.objectUntil", equalTo("2026-03-17")).body("refusal.mayObject", equalTo(true));
        get("wang.worker", tn).then().body("allowedActions", equalTo(List.of("object")));

        TestClock.setToday(LocalDate.of(2026, 3, 17)); // the last day
        act("wang.worker", tn, "object", Map.of()).then().statusCode(422).body("errors.field", equalTo(List.of("note")));
        act("wang.worker", tn, "object", Map.of("note", "我家人均收入低于标准，附收入证明")).then().statusCode(200)
                .body("status", equalTo("OBJECTION_PENDING")).body("deadline.purpose", equalTo("OBJECTION_REVIEW"))
                .body("deadline.unit", equalTo("NATURAL_DAYS")).body("deadline.dueAt", equalTo("2026-03-23"));
        act("legalaid.guta", tn, "order-aid", Map.of("note", "复查后符合条件，责令提供法律援助")).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("deadline.purpose", equalTo("ASSIGNMENT"));
        get("wang.worker", tn).then().body("refusal.mayObject", equalTo(false));
    }

    @Test
    void anObjectionAfterItsPeriodOrASecondOneIsRefused() {
        TestClock.setToday(LocalDate.of(2026, 3, 2));
        String late = submitValid("wang.worker", application());
        act("legalaid.guta", late, "refuse", Map.of("reasonCode", "NO_REASONABLE_GROUNDS", "note", "请求明显缺乏依据"))
                .then().statusCode(200);
        TestClock.setToday(LocalDate.of(2026, 3, 18)); // a day too late
        act("wang.worker", late, "object", Map.of("note", "不服")).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("OBJECTION_PERIOD_OVER"))
                .body("detail", org.hamcrest.Matchers.containsString("2026-03-17"));
        get("wang.worker", late).then().body("status", equalTo("REFUSED")).body("allowedActions", equalTo(List.of()))
                .body("refusal.mayObject", equalTo(false));

        TestClock.setToday(LocalDate.of(2026, 3, 2));
        String twice = submitValid("wang.worker", application());
        act("legalaid.guta", twice, "refuse", Map.of("reasonCode", "OTHER", "note", "其他原因")).then().statusCode(200);
        act("wang.worker", twice, "object", Map.of("note", "不服")).then().statusCode(200);
        act("legalaid.guta", twice, "uphold-refusal", Map.of("note", "维持原决定")).then().statusCode(200)
                .body("status", equalTo("REFUSAL_UPHELD"));
        act("wang.worker", twice, "object", Map.of("note", "仍不服")).then().statusCode(409);
    }

    @Test
    void theGreenChannelCannotBeRefusedForMeans() {
        String tn = submitValid("wang.worker", application());
        act("legalaid.guta", tn, "refuse", Map.of("reasonCode", "MEANS_NOT_MET", "note", "收入较高")).then()
                .statusCode(422).body("errors[0].code", equalTo("GREEN_CHANNEL_NOT_MEANS_TESTED"));
        get("wang.worker", tn).then().body("status", equalTo("SUBMITTED"));
    }
}
