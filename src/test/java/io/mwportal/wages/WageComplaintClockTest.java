package io.mwportal.wages;

import static io.mwportal.support.WageApi.BASE;
import static io.mwportal.support.WageApi.act;
import static io.mwportal.support.WageApi.as;
import static io.mwportal.support.WageApi.complaint;
import static io.mwportal.support.WageApi.file;
import static io.mwportal.support.WageApi.get;
import static io.mwportal.support.WageApi.note;
import static io.mwportal.support.WageApi.part;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mwportal.casework.CaseClock;
import io.mwportal.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/** Routing, the statutory clock across holidays, the paused clock, limitation risk and the overdue job. */
@QuarkusTest
class WageComplaintClockTest {

    @Inject
    CaseClock cases;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @ParameterizedTest(name = "district {0}, city-led {1} → {2}")
    @CsvSource({ "210702, false, 210702", "210711, false, 210711", "210781, false, 210781", "210702, true, 210700",
            "210726, true, 210700", "210700, false, 210700" })
    void routing(String district, boolean cityLed, String office) {
        Map<String, Object> body = complaint();
        part(body, "workplace").put("district", district);
        part(body, "workplace").put("cityGovernmentLed", cityLed);
        file("wang.worker", body).then().statusCode(201).body("handlingOffice.jurisdiction", equalTo(office));
    }

    @Test
    void acceptanceDeadlineCrossesSpringFestivalWithItsMakeUpDay() {
        TestClock.setToday(LocalDate.of(2026, 2, 13));
        file("wang.worker", complaint()).then().statusCode(201)
                .body("deadline.dueAt", equalTo("2026-02-27"))
                .body("deadline.daysLeft", equalTo(5))
                .body("deadline.provisional", equalTo(false));
    }

    @Test
    void investigationIsSixtyWorkingDaysFromAcceptanceAndExtendsByThirty() {
        TestClock.setToday(LocalDate.of(2026, 3, 2));
        String tn = file("wang.worker", complaint()).then().statusCode(201).extract().path("trackingNumber");
        // Through Qingming (4-6 Apr) and Labour Day (1-5 May, with the make-up Saturday 9 May).
        act("inspector.guta", tn, "accept", null).then().statusCode(200).body("deadline.dueAt", equalTo("2026-05-28"))
                .body("deadline.daysLeft", equalTo(60));
        act("inspector.guta", tn, "extend", note("案情复杂，需调取银行流水")).then().statusCode(200)
                .body("deadline.dueAt", equalTo("2026-07-10")).body("deadline.extended", equalTo(true));
    }

    @Test
    void theClockStandsStillWhileTheWorkerSupplements() {
        TestClock.setToday(LocalDate.of(2026, 3, 2)); // Monday
        String tn = file("wang.worker", complaint()).then().statusCode(201)
                .body("deadline.dueAt", equalTo("2026-03-09")).extract().path("trackingNumber");
        TestClock.setToday(LocalDate.of(2026, 3, 4)); // Wednesday: two working days used
        act("inspector.guta", tn, "request-supplement", Map.of("missingItems", List.of("用人单位全称", "考勤记录"),
                "note", "请补充用人单位信息")).then().statusCode(200)
                .body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("missingItems", equalTo(List.of("用人单位全称", "考勤记录")))
                .body("deadline.paused", equalTo(true));
        TestClock.setToday(LocalDate.of(2026, 3, 20)); // long after the original due date, but the clock stood still
        get("wang.worker", tn).then().body("deadline.overdue", equalTo(false)).body("deadline.paused", equalTo(true));
        cases.flagOverdue(LocalDate.of(2026, 3, 20));
        assertEquals(false, isFlagged(tn), "a paused clock is never overdue");
        act("wang.worker", tn, "supplement", note("已补充公司全称及考勤表")).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("deadline.paused", equalTo(false))
                // 12 working days stood still (5-20 Mar): 9 Mar + 12 working days = 25 Mar.
                .body("deadline.dueAt", equalTo("2026-03-25"))
                .body("deadline.daysLeft", equalTo(3));
    }

    private boolean isFlagged(String tn) {
        return as("wang.worker").get(BASE + "/" + tn + "/history").then().extract().<List<String>>path("action")
                .contains("FLAG_OVERDUE");
    }

    @Test
    void overdueCasesAreFlaggedOnceEvenWithSeveralInstancesRunningTheJob() throws Exception {
        TestClock.setToday(LocalDate.of(2026, 4, 1));
        String tn = file("wang.worker", complaint()).then().statusCode(201)
                .body("deadline.dueAt", equalTo("2026-04-09")).extract().path("trackingNumber");
        TestClock.setToday(LocalDate.of(2026, 4, 13));
        get("inspector.guta", tn).then().body("deadline.overdue", equalTo(true)).body("deadline.daysLeft", equalTo(-2));
        as("inspector.guta").queryParam("overdue", true).queryParam("size", 100).get(BASE).then()
                .body("items.trackingNumber", hasItem(tn));
        as("inspector.guta").queryParam("overdue", false).queryParam("size", 100).get(BASE).then()
                .body("items.trackingNumber", not(hasItem(tn)));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        Callable<Integer> run = () -> cases.flagOverdue(LocalDate.of(2026, 4, 13));
        List<Future<Integer>> runs = pool.invokeAll(List.of(run, run, run, run));
        pool.shutdown();
        for (Future<Integer> future : runs) {
            future.get();
        }
        List<String> actions = as("wang.worker").get(BASE + "/" + tn + "/history").then().extract().path("action");
        assertEquals(1, actions.stream().filter("FLAG_OVERDUE"::equals).count(), actions.toString());
    }

    @Test
    void arrearsEndedMoreThanTwoYearsAgoAreFlaggedForLimitation() {
        TestClock.setToday(LocalDate.of(2026, 11, 2));
        Map<String, Object> body = complaint();
        body.put("periodStart", "2024-01-01");
        body.put("periodEnd", "2024-10-31");
        String tn = file("wang.worker", body).then().statusCode(201).body("limitationRisk", equalTo(true))
                .extract().path("trackingNumber");
        body.put("periodEnd", "2024-11-03");
        file("wang.worker", body).then().statusCode(201).body("limitationRisk", equalTo(false));
        act("inspector.guta", tn, "refuse", Map.of("reasonCode", "LIMITATION_EXPIRED",
                "note", "拖欠行为终止已超过两年，依法不予受理")).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalReason", equalTo("LIMITATION_EXPIRED"));
    }
}
