package io.mwportal.legalaid;

import static io.mwportal.support.LegalAidApi.BASE;
import static io.mwportal.support.LegalAidApi.act;
import static io.mwportal.support.LegalAidApi.application;
import static io.mwportal.support.LegalAidApi.as;
import static io.mwportal.support.LegalAidApi.get;
import static io.mwportal.support.LegalAidApi.submit;
import static io.mwportal.support.LegalAidApi.submitValid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mwportal.support.CaseApi;
import io.mwportal.support.Concurrently;
import io.mwportal.support.LegalAidApi;
import io.mwportal.support.Tokens;
import io.mwportal.support.WageApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Object-level authorisation, retries, races and bad input of legal aid, with real tokens: someone else's request (or
 * complaint) is a 404 with nothing stored; a retry never files twice; two officers at once, one wins.
 */
@QuarkusTest
class LegalAidAccessTest {

    private static final List<String> ACTIONS = List.of("assign", "grant-provisional", "request-supplement",
            "supplement", "approve", "assign-lawyer", "refuse", "object", "uphold-refusal", "order-aid", "transfer",
            "take-over", "record-outcome", "close", "withdraw");

    @Inject
    EntityManager em;

    private long requestCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from legal_aid_request").getSingleResult()).longValue());
    }

    @Test
    void someoneElsesRequestIs404EverywhereAndOtherRolesAre403() {
        String taihe = LegalAidApi.officer("legalaid.taihe", "210711");
        String tn = submitValid("wang.worker", application());
        for (String user : List.of("li.worker", taihe)) {
            get(user, tn).then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
            as(user).get(BASE + "/" + tn + "/history").then().statusCode(404);
            as(user).get(BASE + "/" + tn + "/attachments").then().statusCode(404);
            for (String action : ACTIONS) {
                act(user, tn, action, Map.of("note", "x", "toJurisdiction", "210702", "reasonCode", "OTHER"))
                        .then().statusCode(404);
            }
            as(user).queryParam("size", 100).get(BASE).then().statusCode(200)
                    .body("items.trackingNumber", not(hasItem(tn)));
        }
        for (String user : List.of("inspector.guta", "police.guta", "jobcenter.guta", "analyst", "admin")) {
            get(user, tn).then().statusCode(403).contentType("application/problem+json");
            as(user).get(BASE).then().statusCode(403);
        }
        as("legalaid.guta").contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(application()).post(BASE).then().statusCode(403);
        io.restassured.RestAssured.given().get(BASE + "/" + tn).then().statusCode(401);
        get("wang.worker", tn).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void theCityLevelSupervisesMaskedAndMayTakeOver() {
        String city = LegalAidApi.officer("legalaid.city", "210700");
        String tn = submitValid("wang.worker", application());
        get(city, tn).then().statusCode(200).body("applicant.idNumber", equalTo("210702********123X"))
                .body("applicant.phone", equalTo("138****8000")).body("allowedActions", equalTo(List.of("take-over")));
        act(city, tn, "approve", null).then().statusCode(403).body("code", equalTo("NOT_HANDLING_OFFICE"));
        act(city, tn, "take-over", Map.of("note", "市级督办")).then().statusCode(200)
                .body("handlingOffice.jurisdiction", equalTo("210700")).body("applicant.phone", equalTo("13800138000"));
        get("legalaid.guta", tn).then().statusCode(404);
        act(city, tn, "transfer", Map.of("toJurisdiction", "210711", "note", "跨区域协作：仲裁地在太和区")).then()
                .statusCode(200).body("handlingOffice.jurisdiction", equalTo("210711"))
                .body("deadline.purpose", equalTo("DECISION"));
    }

    @Test
    void aReferenceToSomeoneElsesComplaintIs404AndStoresNothing() {
        String lisComplaint = WageApi.fileValid("li.worker");
        long before = requestCount();
        Map<String, Object> body = application();
        body.put("wageComplaint", lisComplaint);
        submit("wang.worker", body).then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        body.put("wageComplaint", "WC-2026-ZZZZ-ZZZZ");
        submit("wang.worker", body).then().statusCode(404);
        assertEquals(before, requestCount());
    }

    @Test
    void aRetryNeverFilesTwiceEvenAtOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = application();
        String token = Tokens.of("wang.worker");
        long before = requestCount();
        Response first = as("wang.worker").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE);
        first.then().statusCode(201);
        as("wang.worker").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE).then()
                .statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("trackingNumber", equalTo(first.path("trackingNumber")));
        String concurrentKey = UUID.randomUUID().toString();
        List<String> numbers = Concurrently.times(8, () -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", concurrentKey).body(body).post(BASE).then().statusCode(201)
                .extract().<String>path("trackingNumber"));
        Set<String> distinct = new HashSet<>(numbers);
        assertEquals(1, distinct.size());
        assertEquals(before + 2, requestCount());
    }

    @Test
    void twoOfficersAtOnceOneWins() throws Exception {
        String tn = submitValid("wang.worker", application());
        List<Integer> results = CaseApi.twoAtOnce(BASE, "legalaid.guta", tn, List.of("approve", "refuse"),
                Map.of("note", "决定", "reasonCode", "OTHER"));
        assertEquals(1, results.stream().filter(s -> s == 200).count(), results.toString());
        assertEquals(1, results.stream().filter(s -> s == 409 || s == 412).count(), results.toString());
        List<String> steps = as("wang.worker").get(BASE + "/" + tn + "/history").then().extract().path("action");
        assertEquals(2, steps.size(), steps.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "applicant", "applicant.name", "applicant.idNumber", "applicant.phone", "district",
            "matterType", "opposingParty", "opposingParty.name", "opposingParty.creditCode", "amountClaimed", "facts",
            "request", "nextDeadline.date", "nextDeadline.kind", "wageComplaint", "hardship.householdSize" })
    void badInputOnEveryFieldIs4xxAndStoresNothing(String field) {
        Map<String, Consumer<Map<String, Object>>> breaks = Map.ofEntries(
                Map.entry("applicant", b -> b.remove("applicant")),
                Map.entry("applicant.name", b -> part(b, "applicant").put("name", " ")),
                Map.entry("applicant.idNumber", b -> part(b, "applicant").put("idNumber", "21070219900101123Y")),
                Map.entry("applicant.phone", b -> part(b, "applicant").put("phone", "23800138000")),
                Map.entry("district", b -> b.put("district", "110101")),
                Map.entry("matterType", b -> b.put("matterType", "DIVORCE")),
                Map.entry("opposingParty", b -> b.remove("opposingParty")),
                Map.entry("opposingParty.name", b -> part(b, "opposingParty").put("name", "")),
                Map.entry("opposingParty.creditCode", b -> part(b, "opposingParty").put("creditCode", "91210700MA0Y0D6U4J")),
                Map.entry("amountClaimed", b -> b.remove("amountClaimed")),
                Map.entry("facts", b -> b.put("facts", "x".repeat(4001))),
                Map.entry("request", b -> b.remove("request")),
                Map.entry("nextDeadline.date", b -> b.put("nextDeadline", Map.of("date", "2020-01-01", "kind", "HEARING"))),
                Map.entry("nextDeadline.kind", b -> b.put("nextDeadline", Map.of("date", "2099-01-01"))),
                Map.entry("wageComplaint", b -> b.put("wageComplaint", "not-a-tracking-number")),
                Map.entry("hardship.householdSize", b -> {
                    b.put("matterType", "OTHER");
                    b.put("hardship", Map.of("householdSize", 0, "monthlyHouseholdIncome", "100.00"));
                }));
        Map<String, Object> body = application();
        breaks.get(field).accept(body);
        long before = requestCount();
        Response response = submit("wang.worker", body);
        int status = response.statusCode();
        assertEquals(true, status == 400 || status == 422, field + ": " + response.asString());
        response.then().contentType("application/problem+json")
                .body("errors.field", hasItem(field.equals("matterType") ? "matterType" : field));
        assertEquals(before, requestCount(), "nothing stored");
    }

    @Test
    void aMeansTestedMatterNeedsTheHardshipDeclaration() {
        Map<String, Object> body = application();
        body.put("matterType", "SOCIAL_INSURANCE");
        submit("wang.worker", body).then().statusCode(422).body("code", equalTo("LEGAL_AID_INVALID"))
                .body("errors[0].field", equalTo("hardship")).body("errors[0].code", equalTo("REQUIRED_OUTSIDE_GREEN_CHANNEL"));
        body.put("hardship", Map.of("householdSize", 3, "monthlyHouseholdIncome", "2400.00"));
        submit("wang.worker", body).then().statusCode(201).body("meansTest.required", equalTo(true));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }
}
