package io.mwportal.wages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The other half of seed measure 4: the office works its anonymous reports (举报) as a queue, opens a complaint case
 * from one ex officio (the reporter stays anonymous), or closes one with a reason; both are in the history.
 */
@QuarkusTest
class WageReportQueueTest {

    private static final String REPORTS = "/api/v1/wage-reports";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** Reports a restaurant in {@code district}; returns its tracking number from the office's queue. */
    private static String report(String district, String employer) {
        given().header("X-Forwarded-For", "198.51.100." + (int) (Math.random() * 200 + 20)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("employer", Map.of("name", employer, "address", "锦州市某路 8 号"),
                        "workplace", Map.of("district", district, "address", "某路 8 号", "construction", false,
                                "cityGovernmentLed", false),
                        "workersAffected", 12, "description", "该店拖欠十余名服务员三个月工资。"))
                .post(REPORTS).then().statusCode(202).body("trackingNumber", nullValue());
        String inspector = district.equals("210711") ? "inspector.taihe" : "inspector.guta";
        return as(inspector).queryParam("size", 100).get(REPORTS).then().statusCode(200).extract()
                .path("items.find { it.employerName == '" + employer + "' }.trackingNumber");
    }

    @Test
    void anInspectorOpensAComplaintCaseExOfficio() {
        String employer = "锦州某餐饮" + UUID.randomUUID().toString().substring(0, 6);
        String tn = report("210702", employer);
        as("inspector.guta").get(REPORTS + "/" + tn).then().statusCode(200).body("status", equalTo("RECEIVED"))
                .body("employer.name", equalTo(employer)).body("allowedActions",
                        equalTo(List.of("open-case", "close", "transfer")));
        String complaint = as("inspector.guta").body(Map.of("note", "情况属实，立案查处"))
                .post(REPORTS + "/" + tn + "/actions/open-case").then().statusCode(200)
                .body("status", equalTo("CASE_OPENED")).body("assignee", equalTo("inspector.guta"))
                .extract().path("complaintTrackingNumber");
        // The complaint is the office's own: no complainant, the report's employer, waiting for acceptance.
        as("inspector.guta").get("/api/v1/wage-complaints/" + complaint).then().statusCode(200)
                .body("exOfficio", equalTo(true)).body("complainant", nullValue()).body("fromReport", equalTo(tn))
                .body("employer.name", equalTo(employer)).body("status", equalTo("SUBMITTED"))
                .body("deadline.purpose", equalTo("ACCEPTANCE")).body("allowedActions", hasItem("accept"));
        as("inspector.guta").post("/api/v1/wage-complaints/" + complaint + "/actions/accept").then().statusCode(200)
                .body("status", equalTo("INVESTIGATING"));
        List<String> actions = as("inspector.guta").get(REPORTS + "/" + tn + "/history").then().statusCode(200)
                .body("[0].actorRole", equalTo("anonymous")).body("[0].actorName", equalTo("anonymous"))
                .body("[1].details.complaintTrackingNumber", equalTo(complaint))
                .extract().path("action");
        assertEquals(List.of("SUBMIT", "OPEN_CASE"), actions);
        as("inspector.guta").get("/api/v1/wage-complaints/" + complaint + "/history").then()
                .body("[0].actorRole", equalTo("labour-inspector")).body("[0].details.fromReport", equalTo(tn));
        as("inspector.guta").post(REPORTS + "/" + tn + "/actions/close").then().statusCode(409);
    }

    @Test
    void closingNeedsAReasonAndLeavesNoCase() {
        String tn = report("210702", "锦州某超市" + UUID.randomUUID().toString().substring(0, 6));
        as("inspector.guta").body(Map.of("note", "已核查")).post(REPORTS + "/" + tn + "/actions/close").then()
                .statusCode(422).body("errors.field", equalTo(List.of("reasonCode")));
        as("inspector.guta").body(Map.of("reasonCode", "NO_VIOLATION_FOUND"))
                .post(REPORTS + "/" + tn + "/actions/close").then().statusCode(422)
                .body("errors.field", equalTo(List.of("note")));
        as("inspector.guta").body(Map.of("reasonCode", "NO_VIOLATION_FOUND", "note", "经核查，工资已于本月足额发放"))
                .post(REPORTS + "/" + tn + "/actions/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("NO_VIOLATION_FOUND")).body("complaintTrackingNumber", nullValue())
                .body("allowedActions", equalTo(List.of()));
        as("inspector.guta").queryParam("status", "RECEIVED").queryParam("size", 100).get(REPORTS).then()
                .body("items.trackingNumber", not(hasItem(tn)));
    }

    @Test
    void reportsBelongToTheOfficeTheyWereRoutedTo() {
        String tn = report("210702", "锦州某工地" + UUID.randomUUID().toString().substring(0, 6));
        as("inspector.taihe").get(REPORTS + "/" + tn).then().statusCode(404);
        as("inspector.taihe").queryParam("size", 100).get(REPORTS).then().body("items.trackingNumber", not(hasItem(tn)));
        for (String other : List.of("wang.worker", "legalaid.guta", "analyst")) {
            as(other).get(REPORTS + "/" + tn).then().statusCode(403);
            as(other).get(REPORTS).then().statusCode(403);
        }
        given().get(REPORTS + "/" + tn).then().statusCode(401);
        // The city level sees it and may take it over; Guta may pass it on to the office responsible.
        as("inspector.city").get(REPORTS + "/" + tn).then().statusCode(200)
                .body("allowedActions", equalTo(List.of("take-over")));
        as("inspector.guta").body(Map.of("toJurisdiction", "210711", "note", "用工地在太和区"))
                .post(REPORTS + "/" + tn + "/actions/transfer").then().statusCode(200)
                .body("handlingOffice.jurisdiction", equalTo("210711"));
        as("inspector.taihe").get(REPORTS + "/" + tn).then().statusCode(200).body("status", equalTo("RECEIVED"));
        as("inspector.guta").get(REPORTS + "/" + tn).then().statusCode(404);
    }
}
