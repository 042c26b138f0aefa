package io.mwportal.legalaid;

import static io.mwportal.support.LegalAidApi.BASE;
import static io.mwportal.support.LegalAidApi.act;
import static io.mwportal.support.LegalAidApi.application;
import static io.mwportal.support.LegalAidApi.as;
import static io.mwportal.support.LegalAidApi.get;
import static io.mwportal.support.LegalAidApi.submit;
import static io.mwportal.support.LegalAidApi.submitValid;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mwportal.support.LegalAidApi;
import io.mwportal.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The legal-aid clocks: 7 working days to decide (across Spring Festival and its make-up days), standing still while
 * the applicant supplements; urgency (Art 44) puts a request first in the queue and allows provisional aid.
 */
@QuarkusTest
class LegalAidClockTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static Map<String, Object> withDeadline(String date, String kind) {
        Map<String, Object> body = application();
        body.put("nextDeadline", Map.of("date", date, "kind", kind));
        return body;
    }

    @Test
    void sevenWorkingDaysAcrossSpringFestival() {
        // Friday 13 Feb 2026: Sat 14 Feb is a make-up working day, 15-23 Feb are off, Sat 28 Feb works again.
        TestClock.setToday(LocalDate.of(2026, 2, 13));
        submit("wang.worker", application()).then().statusCode(201)
                .body("deadline.dueAt", equalTo("2026-03-02")).body("deadline.daysLeft", equalTo(7))
                .body("deadline.provisional", equalTo(false));
    }

    @Test
    void theClockStandsStillWhileTheApplicantSupplements() {
        TestClock.setToday(LocalDate.of(2026, 3, 2)); // Monday: due Wednesday 11 March
        String tn = submitValid("wang.worker", application());
        get("legalaid.guta", tn).then().body("deadline.dueAt", equalTo("2026-03-11"));
        TestClock.setToday(LocalDate.of(2026, 3, 4));
        act("legalaid.guta", tn, "request-supplement", Map.of("missingItems", List.of("劳动合同", "工资欠条")))
                .then().statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("missingItems", equalTo(List.of("劳动合同", "工资欠条"))).body("deadline.paused", equalTo(true));
        get("wang.worker", tn).then().body("allowedActions", equalTo(List.of("supplement", "withdraw")));
        TestClock.setToday(LocalDate.of(2026, 3, 13)); // after the first due date: the clock stood still
        get("legalaid.guta", tn).then().body("deadline.overdue", equalTo(false));
        act("wang.worker", tn, "supplement", Map.of("note", "已上传劳动合同和欠条")).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("missingItems", equalTo(null))
                // 7 working days stood still (5-13 Mar): 11 Mar + 7 working days = 20 Mar.
                .body("deadline.dueAt", equalTo("2026-03-20")).body("deadline.paused", equalTo(false));
    }

    @Test
    void urgentRequestsComeFirstAndMayGetAidBeforeReview() {
        String officer = LegalAidApi.officer("legalaid.linghe", "210703");
        TestClock.setToday(LocalDate.of(2026, 6, 1));
        Map<String, Object> calm = withDeadline("2026-06-30", "LIMITATION");
        calm.put("district", "210703");
        String later = submitValid("wang.worker", calm);
        Map<String, Object> hearing = withDeadline("2026-06-07", "HEARING"); // 6 days away: urgent
        hearing.put("district", "210703");
        String urgent = submit("wang.worker", hearing).then().statusCode(201).body("urgent", equalTo(true))
                .extract().path("trackingNumber");
        Map<String, Object> sevenDays = withDeadline("2026-06-08", "HEARING"); // 7 days away: not urgent
        sevenDays.put("district", "210703");
        submit("wang.worker", sevenDays).then().statusCode(201).body("urgent", equalTo(false));

        List<String> queue = as(officer).queryParam("size", 100).get(BASE).then().statusCode(200)
                .extract().path("items.trackingNumber");
        assertEquals(urgent, queue.get(0), "urgent first");
        act(officer, later, "grant-provisional", Map.of("note", "先行援助")).then().statusCode(409)
                .body("code", equalTo("NOT_URGENT"));
        get(officer, urgent).then().body("allowedActions", equalTo(List.of("assign", "grant-provisional",
                "request-supplement", "approve", "refuse", "transfer")));
        act(officer, urgent, "grant-provisional", Map.of("note", "距开庭不足 7 日，先行提供法律援助")).then()
                .statusCode(200).body("provisional", equalTo(true)).body("status", equalTo("SUBMITTED"))
                .body("deadline.purpose", equalTo("DECISION")).body("assignee", equalTo(officer));
        act(officer, urgent, "grant-provisional", Map.of("note", "再次")).then().statusCode(409)
                .body("code", equalTo("ALREADY_PROVISIONAL"));
    }

    @Test
    void overdueComesBeforeSoonerDue() {
        String officer = LegalAidApi.officer("legalaid.yixian", "210727");
        Map<String, Object> body = application();
        body.put("district", "210727");
        TestClock.setToday(LocalDate.of(2026, 4, 1));
        String old = submitValid("wang.worker", body);
        TestClock.setToday(LocalDate.of(2026, 4, 20));
        String fresh = submitValid("wang.worker", body);
        List<String> queue = as(officer).queryParam("size", 100).get(BASE).then().extract().path("items.trackingNumber");
        assertEquals(List.of(old, fresh), queue.subList(0, 2));
        as(officer).queryParam("overdue", true).get(BASE).then().body("items.trackingNumber", equalTo(List.of(old)));
    }
}
