package io.mwportal.legalaid;

import static io.mwportal.support.LegalAidApi.BASE;
import static io.mwportal.support.LegalAidApi.act;
import static io.mwportal.support.LegalAidApi.application;
import static io.mwportal.support.LegalAidApi.as;
import static io.mwportal.support.LegalAidApi.get;
import static io.mwportal.support.LegalAidApi.submitValid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mwportal.support.LegalAidApi;
import io.mwportal.support.TestClock;
import io.mwportal.support.WageApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Assigning a case to a colleague (docs/architecture.md, "Assignment"), with real tokens: only an officer of the
 * step's role and the case's office whom the portal has seen at work lately; the list of them is only for officers
 * of that role and office (or the city level).
 */
@QuarkusTest
class CaseAssignmentTest {

    private static final String OFFICERS = "/api/v1/case-officers";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** The officer opens their queue: from then on the portal knows them. */
    private static void atWork(String officer) {
        as(officer).get(BASE).then().statusCode(200);
    }

    private static List<String> officersOf(String caller, String jurisdiction) {
        var request = as(caller).queryParam("role", "legal-aid-officer").queryParam("size", 100);
        if (jurisdiction != null) {
            request.queryParam("jurisdiction", jurisdiction);
        }
        return request.get(OFFICERS).then().statusCode(200).extract().path("items.username");
    }

    @Test
    void anOfficerAssignsACaseToAColleagueOfTheOffice() {
        String zhao = LegalAidApi.officer("legalaid.guta.zhao", "210702");
        atWork(zhao);
        atWork("legalaid.guta");
        as("legalaid.guta").queryParam("role", "legal-aid-officer").get(OFFICERS).then().statusCode(200)
                .body("items.username", hasItem(zhao)).body("items.username", hasItem("legalaid.guta"))
                .body("items.find { it.username == 'legalaid.guta.zhao' }.jurisdiction", equalTo("210702"))
                .body("items.find { it.username == 'legalaid.guta.zhao' }.role", equalTo("legal-aid-officer"));

        String tn = submitValid("wang.worker", application());
        get("legalaid.guta", tn).then().body("assignee", nullValue());
        act("legalaid.guta", tn, "assign", Map.of("assignee", zhao)).then().statusCode(200)
                .body("assignee", equalTo(zhao)).body("status", equalTo("SUBMITTED"));
        // The assignee works the case under their own token; without a name the caller takes it.
        act(zhao, tn, "approve", Map.of("note", "符合条件")).then().statusCode(200).body("assignee", equalTo(zhao));
        act("legalaid.guta", tn, "assign", null).then().statusCode(200).body("assignee", equalTo("legalaid.guta"));

        List<Map<String, Object>> assignments = as("wang.worker").get(BASE + "/" + tn + "/history").then()
                .statusCode(200).extract().path("findAll { it.action == 'ASSIGN' }");
        List<Object> assignees = assignments.stream()
                .map(entry -> ((Map<?, ?>) entry.get("details")).get("assignee")).map(Object.class::cast).toList();
        assertEquals(List.of(zhao, "legalaid.guta"), assignees);
    }

    @Test
    void onlyASeenOfficerOfTheSameRoleAndOfficeCanBeAssigned() {
        String unseen = LegalAidApi.officer("legalaid.guta.unseen", "210702");
        String heishan = LegalAidApi.officer("legalaid.heishan", "210726");
        atWork(heishan);
        WageApi.as("inspector.guta").get("/api/v1/wage-complaints").then().statusCode(200);
        atWork("legalaid.guta");
        String tn = submitValid("wang.worker", application());
        String etag = get("legalaid.guta", tn).then().extract().header("ETag");

        for (String who : List.of(unseen, heishan, "inspector.guta", "nobody.at.all", "wang.worker")) {
            act("legalaid.guta", tn, "assign", Map.of("assignee", who)).then().statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo("ACTION_INPUT_INVALID"))
                    .body("errors.field", equalTo(List.of("assignee")))
                    .body("errors.code", equalTo(List.of("UNKNOWN_OFFICER")));
        }
        act("legalaid.guta", tn, "assign", Map.of("assignee", "x".repeat(101))).then().statusCode(400)
                .contentType("application/problem+json");
        get("legalaid.guta", tn).then().body("assignee", nullValue()).header("ETag", equalTo(etag));
        List<String> steps = as("wang.worker").get(BASE + "/" + tn + "/history").then().extract().path("action");
        assertEquals(List.of("SUBMIT"), steps);

        // The workers' side of the case never offers assignment.
        get("wang.worker", tn).then().body("allowedActions", not(hasItem("assign")));
        act("wang.worker", tn, "assign", Map.of()).then().statusCode(403);
    }

    @Test
    void anOfficerNotSeenWithinTheActiveWindowIsNoLongerOffered() {
        String qian = LegalAidApi.officer("legalaid.guta.qian", "210702");
        TestClock.setToday(LocalDate.now().minusDays(91));
        atWork(qian);
        TestClock.reset();
        atWork("legalaid.guta");
        assertThat(officersOf("legalaid.guta", null), not(hasItem(qian)));
        String tn = submitValid("wang.worker", application());
        act("legalaid.guta", tn, "assign", Map.of("assignee", qian)).then().statusCode(422)
                .body("errors.code", equalTo(List.of("UNKNOWN_OFFICER")));

        atWork(qian);
        assertThat(officersOf("legalaid.guta", null), hasItem(qian));
        act("legalaid.guta", tn, "assign", Map.of("assignee", qian)).then().statusCode(200)
                .body("assignee", equalTo(qian));
    }

    @Test
    void theOfficerListIsForOfficersOfThatRoleAndOffice() {
        String heishan = LegalAidApi.officer("legalaid.heishan", "210726");
        String city = LegalAidApi.officer("legalaid.city", "210700");
        atWork(heishan);
        atWork("legalaid.guta");

        assertThat(officersOf("legalaid.guta", null), not(hasItem(heishan)));
        assertThat(officersOf(city, "210726"), hasItem(heishan));
        as("legalaid.guta").queryParam("role", "legal-aid-officer").queryParam("jurisdiction", "210726")
                .get(OFFICERS).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
        as("legalaid.guta").queryParam("role", "labour-inspector").get(OFFICERS).then().statusCode(403);
        as("inspector.guta").queryParam("role", "labour-inspector").get(OFFICERS).then().statusCode(200)
                .body("items.username", not(hasItem("legalaid.guta")));
        as("wang.worker").queryParam("role", "legal-aid-officer").get(OFFICERS).then().statusCode(403);
        as("admin").queryParam("role", "legal-aid-officer").get(OFFICERS).then().statusCode(403);
        given().queryParam("role", "legal-aid-officer").get(OFFICERS).then().statusCode(401);
        for (Map<String, Object> bad : List.of(Map.<String, Object>of(), Map.<String, Object>of("role", "admin"),
                Map.<String, Object>of("role", "legal-aid-officer", "jurisdiction", "21070"))) {
            as("legalaid.guta").queryParams(bad).get(OFFICERS).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
