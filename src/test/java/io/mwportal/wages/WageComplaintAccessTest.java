package io.mwportal.wages;

import static io.mwportal.support.WageApi.BASE;
import static io.mwportal.support.WageApi.act;
import static io.mwportal.support.WageApi.as;
import static io.mwportal.support.WageApi.complaint;
import static io.mwportal.support.WageApi.file;
import static io.mwportal.support.WageApi.fileValid;
import static io.mwportal.support.WageApi.get;
import static io.mwportal.support.WageApi.jpeg;
import static io.mwportal.support.WageApi.note;
import static io.mwportal.support.WageApi.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mwportal.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Object-level authorisation with real tokens: someone else's complaint is a 404 on every read, action and
 * attachment; the city-level inspector may see (masked) and take over a district's complaint.
 */
@QuarkusTest
class WageComplaintAccessTest {

    private static final List<String> ACTIONS = List.of("accept", "request-supplement", "supplement", "refuse",
            "transfer", "take-over", "extend", "record-outcome", "close", "withdraw", "no-such-action");

    private String tn;
    private long attachmentId;

    @BeforeEach
    void wangFilesInGuta() {
        // A collective complaint: the representatives' phones are personal data as much as the complainant's.
        Map<String, Object> body = complaint();
        body.put("workersAffected", 12);
        body.put("representatives", List.of(Map.of("name", "李四", "phone", "13911112222"),
                Map.of("name", "赵六", "phone", "13733334444")));
        tn = file("wang.worker", body).then().statusCode(201).extract().path("trackingNumber");
        attachmentId = ((Number) upload("wang.worker", tn, "evidence.jpg", jpeg(500), "image/jpeg").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    private static ValidatableResponse notFound(Response response) {
        return response.then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    private void everythingIsNotFoundFor(String user) {
        notFound(get(user, tn));
        notFound(as(user).get(BASE + "/" + tn + "/history"));
        notFound(as(user).get(BASE + "/" + tn + "/attachments"));
        notFound(as(user).get(BASE + "/" + tn + "/attachments/" + attachmentId));
        notFound(upload(user, tn, "x.jpg", jpeg(100), "image/jpeg"));
        for (String action : ACTIONS) {
            notFound(act(user, tn, action, Map.of("note", "x", "toJurisdiction", "210711", "reasonCode", "OTHER",
                    "missingItems", List.of("x"), "outcome", "NOT_WITHIN_SCOPE")));
        }
        as(user).queryParam("size", 100).get(BASE).then().statusCode(200).body("items.trackingNumber", not(hasItem(tn)));
    }

    @Test
    void anotherWorkerGets404Everywhere() {
        everythingIsNotFoundFor("li.worker");
    }

    @Test
    void anotherDistrictsInspectorGets404Everywhere() {
        everythingIsNotFoundFor("inspector.taihe");
        as("inspector.taihe").queryParam("jurisdiction", "210702").get(BASE).then().statusCode(200)
                .body("items", equalTo(List.of()));
        get("wang.worker", tn).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void otherRolesAreRefusedByRole() {
        for (String user : List.of("legalaid.guta", "police.guta", "jobcenter.guta", "analyst", "admin")) {
            get(user, tn).then().statusCode(403).contentType("application/problem+json");
        }
        io.restassured.RestAssured.given().get(BASE + "/" + tn).then().statusCode(401);
    }

    @Test
    void handlingOfficeSeesPersonalDataInFull() {
        get("inspector.guta", tn).then().statusCode(200)
                .body("complainant.idNumber", equalTo("21070219900101123X"))
                .body("complainant.phone", equalTo("13800138000"))
                .body("complainant.bankCard", equalTo("6222021234567890123"))
                .body("representatives.phone", equalTo(List.of("13911112222", "13733334444")));
    }

    @Test
    void cityInspectorSeesMaskedDataAndMayTakeOver() {
        get("inspector.city", tn).then().statusCode(200)
                .body("complainant.idNumber", equalTo("210702********123X"))
                .body("complainant.phone", equalTo("138****8000"))
                .body("complainant.bankCard", equalTo("***************0123"))
                .body("representatives.name", equalTo(List.of("李四", "赵六")))
                .body("representatives.phone", equalTo(List.of("139****2222", "137****4444")))
                .body("allowedActions", equalTo(List.of("take-over")));
        act("inspector.city", tn, "accept", null).then().statusCode(403).body("code", equalTo("NOT_HANDLING_OFFICE"));
        // Evidence is for the complainant and the handling office only.
        as("inspector.city").get(BASE + "/" + tn + "/attachments/" + attachmentId).then().statusCode(403)
                .body("code", equalTo("NOT_HANDLING_OFFICE"));
        as("inspector.city").get(BASE + "/" + tn + "/attachments").then().statusCode(403);
        as("inspector.city").queryParam("jurisdiction", "210702").queryParam("size", 100).get(BASE).then()
                .statusCode(200).body("items.trackingNumber", hasItem(tn));
        // District inspectors cannot take over (only a higher level may).
        act("inspector.guta", tn, "take-over", null).then().statusCode(403)
                .body("code", equalTo("TAKE_OVER_NEEDS_HIGHER_LEVEL"));

        act("inspector.city", tn, "take-over", note("重大欠薪，市级督办")).then().statusCode(200)
                .body("handlingOffice.jurisdiction", equalTo("210700"))
                .body("complainant.idNumber", equalTo("21070219900101123X"))
                .body("representatives.phone", equalTo(List.of("13911112222", "13733334444")))
                .body("assignee", equalTo("inspector.city"));
        act("inspector.city", tn, "take-over", null).then().statusCode(409)
                .body("code", equalTo("ALREADY_HANDLED_BY_CALLER"));
        act("inspector.city", tn, "accept", null).then().statusCode(200).body("status", equalTo("INVESTIGATING"));
        as("inspector.city").get(BASE + "/" + tn + "/attachments/" + attachmentId).then().statusCode(200);
        // Guta no longer handles it.
        notFound(get("inspector.guta", tn));
        as("wang.worker").get(BASE + "/" + tn + "/history").then().statusCode(200)
                .body("[1].action", equalTo("TAKE_OVER"))
                .body("[1].details.fromJurisdiction", equalTo("210702"))
                .body("[1].details.toJurisdiction", equalTo("210700"));
        get("wang.worker", tn).then().body("handlingOffice.nameZh", equalTo("锦州市劳动保障监察"));
    }

    @Test
    void transferMovesTheCaseAndGivesTheReceivingOfficeAFreshAcceptancePeriod() {
        TestClock.setToday(LocalDate.of(2026, 3, 2)); // Monday
        String tn = fileValid("wang.worker");
        get("inspector.guta", tn).then().body("deadline.dueAt", equalTo("2026-03-09"));
        TestClock.setToday(LocalDate.of(2026, 3, 5)); // Thursday: three of Guta's five days used
        act("inspector.guta", tn, "transfer", Map.of("toJurisdiction", "210711", "note", "用工地在太和区")).then()
                .statusCode(200).body("handlingOffice.jurisdiction", equalTo("210711"))
                .body("deadline.purpose", equalTo("ACCEPTANCE"))
                // Five working days from the transfer, not what was left of Guta's period.
                .body("deadline.dueAt", equalTo("2026-03-12")).body("deadline.daysLeft", equalTo(5));
        notFound(get("inspector.guta", tn));
        get("inspector.taihe", tn).then().statusCode(200).body("complainant.phone", equalTo("13800138000"));
        as("wang.worker").get(BASE + "/" + tn + "/history").then()
                .body("action", equalTo(List.of("SUBMIT", "TRANSFER")))
                .body("[1].details.fromJurisdiction", equalTo("210702"))
                .body("[1].details.toJurisdiction", equalTo("210711"));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void workerCannotTakeInspectorActions() {
        act("wang.worker", tn, "accept", null).then().statusCode(403).body("code", equalTo("ACTION_NOT_FOR_ROLE"));
        act("inspector.guta", tn, "withdraw", null).then().statusCode(403).body("code", equalTo("ACTION_NOT_FOR_ROLE"));
        act("wang.worker", tn, "no-such-action", null).then().statusCode(404).body("code", equalTo("UNKNOWN_ACTION"));
    }
}
