package io.mwportal.residence;

import static io.mwportal.support.ResidenceApi.BASE;
import static io.mwportal.support.ResidenceApi.ENDORSEMENTS;
import static io.mwportal.support.ResidenceApi.PERMITS;
import static io.mwportal.support.ResidenceApi.act;
import static io.mwportal.support.ResidenceApi.application;
import static io.mwportal.support.ResidenceApi.as;
import static io.mwportal.support.ResidenceApi.decide;
import static io.mwportal.support.ResidenceApi.endorse;
import static io.mwportal.support.ResidenceApi.get;
import static io.mwportal.support.ResidenceApi.issued;
import static io.mwportal.support.ResidenceApi.permit;
import static io.mwportal.support.ResidenceApi.person;
import static io.mwportal.support.ResidenceApi.submit;
import static io.mwportal.support.ResidenceApi.submitValid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.support.CaseApi;
import io.mwportal.support.Concurrently;
import io.mwportal.support.KeycloakAdmin;
import io.mwportal.support.TestClock;
import io.mwportal.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Object-level authorisation, retries, races and bad input of residence permits, with real tokens: someone else's
 * application, permit or endorsement is a 404; other roles 403; a retry never files twice; two officers at once, one
 * wins; bad input is a 4xx problem and stores nothing.
 */
@QuarkusTest
class ResidenceAccessTest {

    private static final List<String> ACTIONS = List.of("assign", "request-supplement", "supplement", "accept",
            "extend", "issue", "record-collection", "refuse", "transfer", "take-over", "withdraw");

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table).getSingleResult()).longValue());
    }

    @Test
    void someoneElsesApplicationAndPermitAre404AndOtherRolesAre403() {
        String taihe = KeycloakAdmin.createUser("police.taihe", "residence-officer", "210711");
        String tn = submitValid("wang.worker", application());
        for (String user : List.of("li.worker", taihe)) {
            get(user, tn).then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
            as(user).get(BASE + "/" + tn + "/history").then().statusCode(404);
            as(user).get(BASE + "/" + tn + "/attachments").then().statusCode(404);
            for (String action : ACTIONS) {
                act(user, tn, action, Map.of("note", "x")).then().statusCode(404);
            }
        }
        as("li.worker").get(BASE).then().statusCode(200).body("items.trackingNumber", not(hasItem(tn)));
        as(taihe).get(BASE).then().statusCode(200).body("items.trackingNumber", not(hasItem(tn)));
        for (String user : List.of("inspector.guta", "legalaid.guta", "jobcenter.guta", "analyst")) {
            get(user, tn).then().statusCode(403);
            as(user).get(PERMITS).then().statusCode(403);
        }
        given().get(BASE + "/" + tn).then().statusCode(401);

        act("police.guta", tn, "accept", null).then().statusCode(200);
        String number = act("police.guta", tn, "issue", null).then().statusCode(200).extract().path("permit.number");
        permit("li.worker", number).then().statusCode(404);
        permit(taihe, number).then().statusCode(404);
        endorse("li.worker", number, "x").then().statusCode(404);
        as("li.worker").get(PERMITS + "/" + number + "/checks").then().statusCode(404);
        as(taihe).contentType(ContentType.JSON).body(Map.of("reasonCode", "OTHER", "note", "x"))
                .post(PERMITS + "/" + number + "/actions/cancel").then().statusCode(404);
        as("wang.worker").contentType(ContentType.JSON).body(Map.of("reasonCode", "OTHER", "note", "x"))
                .post(PERMITS + "/" + number + "/actions/cancel").then().statusCode(403);
        as("li.worker").get(PERMITS).then().statusCode(200).body("items.number", not(hasItem(number)));
        as("wang.worker").get(PERMITS).then().statusCode(200).body("items.number", hasItem(number));
        as("police.guta").get(PERMITS).then().statusCode(200).body("items.number", hasItem(number));
    }

    @Test
    void theCityLevelSupervisesMaskedAndMayTakeOver() {
        String city = KeycloakAdmin.createUser("police.city", "residence-officer", "210700");
        String tn = submitValid("wang.worker", application());
        get(city, tn).then().statusCode(200).body("applicant.idNumber", containsString("*"))
                .body("allowedActions", equalTo(List.of("take-over")));
        act(city, tn, "accept", null).then().statusCode(403).body("code", equalTo("NOT_HANDLING_OFFICE"));
        act(city, tn, "take-over", null).then().statusCode(200).body("handlingOffice.jurisdiction", equalTo("210700"))
                .body("handlingOffice.nameZh", equalTo("锦州市公安局"));
        get("police.guta", tn).then().statusCode(404);

        String number = issued("li.worker", application(person("韩梅", LocalDate.of(1991, 11, 11), false)));
        permit(city, number).then().statusCode(200).body("holderIdNumber", containsString("*"))
                .body("allowedActions", equalTo(List.of()));
    }

    @Test
    void endorsementsAreDecidedOnlyByTheIssuingOffice() {
        String taihe = KeycloakAdmin.createUser("police.taihe", "residence-officer", "210711");
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        String number = issued("li.worker", application(person("黄蕾", LocalDate.of(1987, 12, 1), false)));
        TestClock.setToday(today.plusYears(1).minusDays(3));
        long id = ((Number) endorse("li.worker", number, "锦州市古塔区 1 号").then().statusCode(201).extract().path("id"))
                .longValue();
        decide(taihe, id, "approve", null).then().statusCode(404);
        decide("li.worker", id, "approve", null).then().statusCode(403);
        as(taihe).get(ENDORSEMENTS).then().statusCode(200).body("items.id", not(hasItem((int) id)));
        as(taihe).queryParam("jurisdiction", "210702").get(ENDORSEMENTS).then().statusCode(403);
        decide("police.guta", id, "reject", null).then().statusCode(404);
        decide("police.guta", id, "approve", null).then().statusCode(200);
    }

    @Test
    void aRetryNeverFilesTwiceEvenAtOnce() throws Exception {
        Map<String, Object> body = application();
        String key = UUID.randomUUID().toString();
        long before = count("residence_application");
        Response first = as("wang.worker").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(BASE);
        first.then().statusCode(201);
        as("wang.worker").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE).then()
                .statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("trackingNumber", equalTo(first.path("trackingNumber")));

        Map<String, Object> other = application();
        String concurrentKey = UUID.randomUUID().toString();
        String token = Tokens.of("wang.worker");
        List<String> numbers = Concurrently.times(8, () -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", concurrentKey).body(other).post(BASE).then().statusCode(201)
                .extract().<String>path("trackingNumber"));
        Set<String> distinct = new HashSet<>(numbers);
        assertEquals(1, distinct.size());
        assertEquals(before + 2, count("residence_application"));
    }

    @Test
    void theSamePersonFiledAtOnceUnderDifferentKeysIsFiledOnce() throws Exception {
        Map<String, Object> body = application();
        String token = Tokens.of("wang.worker");
        List<Integer> results = new ArrayList<>(Concurrently.times(4, () -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post(BASE).statusCode()));
        results.sort(null);
        assertEquals(List.of(201, 409, 409, 409), results);
    }

    @Test
    void twoOfficersAtOnceOneWins() throws Exception {
        String tn = submitValid("wang.worker", application());
        List<Integer> results = CaseApi.twoAtOnce(BASE, "police.guta", tn, List.of("accept", "refuse"),
                Map.of("note", "决定", "reasonCode", "OTHER"));
        assertEquals(1, results.stream().filter(s -> s == 200).count(), results.toString());
        assertEquals(1, results.stream().filter(s -> s == 409 || s == 412).count(), results.toString());
        List<String> steps = as("wang.worker").get(BASE + "/" + tn + "/history").then().extract().path("action");
        assertEquals(2, steps.size(), steps.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> basis(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("bases")).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "applicant.name", "applicant.sex", "applicant.ethnicity", "applicant.birthDate",
            "applicant.idNumber", "applicant.phone", "hukouAddress", "residenceAddress", "district",
            "residenceRegisteredOn", "bases", "bases[0].type", "bases[0].organisation", "bases[0].creditCode",
            "bases[0].since", "agent.relationship", "agent.reason", "agent.idNumber" })
    void badInputOnEveryFieldIs4xxAndStoresNothing(String field) {
        Map<String, Consumer<Map<String, Object>>> breaks = Map.ofEntries(
                Map.entry("applicant.name", b -> part(b, "applicant").put("name", "x".repeat(51))),
                Map.entry("applicant.sex", b -> part(b, "applicant").put("sex", "OTHER")),
                Map.entry("applicant.ethnicity", b -> part(b, "applicant").put("ethnicity", "火星族")),
                Map.entry("applicant.birthDate", b -> part(b, "applicant").put("birthDate", "1990-02-30")),
                Map.entry("applicant.idNumber", b -> part(b, "applicant").put("idNumber", "21070219900101123Y")),
                Map.entry("applicant.phone", b -> part(b, "applicant").put("phone", "23800138000")),
                Map.entry("hukouAddress", b -> b.put("hukouAddress", "x".repeat(201))),
                Map.entry("residenceAddress", b -> b.remove("residenceAddress")),
                Map.entry("district", b -> b.put("district", "110101")),
                Map.entry("residenceRegisteredOn", b -> b.put("residenceRegisteredOn", "+99999-01-01")),
                Map.entry("bases", b -> b.put("bases", List.of(Map.of("type", "STABLE_JOB", "organisation", "a",
                        "since", "2020-01-01"), Map.of("type", "STABLE_JOB", "organisation", "b", "since", "2020-01-01"),
                        Map.of("type", "STABLE_JOB", "organisation", "c", "since", "2020-01-01"),
                        Map.of("type", "STABLE_JOB", "organisation", "d", "since", "2020-01-01")))),
                Map.entry("bases[0].type", b -> basis(b).put("type", "LOTTERY_WIN")),
                Map.entry("bases[0].organisation", b -> basis(b).remove("organisation")),
                Map.entry("bases[0].creditCode", b -> basis(b).put("creditCode", "91210700MA0Y0D6U4J")),
                Map.entry("bases[0].since", b -> basis(b).put("since", "yesterday")),
                Map.entry("agent.relationship", b -> b.put("agent", Map.of("relationship", "NEIGHBOUR",
                        "reason", "ELDERLY", "name", "王强", "idNumber", "21070219900101123X"))),
                Map.entry("agent.reason", b -> b.put("agent", Map.of("relationship", "CHILD", "name", "王强",
                        "idNumber", "21070219900101123X"))),
                Map.entry("agent.idNumber", b -> b.put("agent", Map.of("relationship", "CHILD", "reason", "ELDERLY",
                        "name", "王强", "idNumber", "123"))));
        Map<String, Object> body = application();
        breaks.get(field).accept(body);
        long before = count("residence_application");
        Response response = submit("wang.worker", body);
        response.then().contentType("application/problem+json").body("errors.field", equalTo(List.of(field)));
        // Form (types, formats, sizes) is 400; completeness and eligibility, one 422 (Art 9).
        assertEquals(true, response.statusCode() == 400 || response.statusCode() == 422, field + " → " + response.statusCode());
        assertEquals(before, count("residence_application"));
        assertEquals(0L, count("case_file c where c.case_type = 'RESIDENCE_PERMIT' and not exists "
                + "(select 1 from residence_application r where r.case_id = c.id)"));
    }
}
