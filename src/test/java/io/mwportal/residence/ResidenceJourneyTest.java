package io.mwportal.residence;

import static io.mwportal.support.ResidenceApi.BASE;
import static io.mwportal.support.ResidenceApi.ENDORSEMENTS;
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
import static io.mwportal.support.WageApi.png;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.validation.Iso7064;
import io.mwportal.support.ResidenceApi;
import io.mwportal.support.TestClock;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * From application to an endorsed permit with real tokens (居住证暂行条例 Art 9, 10, 21): wang applies, the Guta police
 * ask once for everything missing, accept and issue; wang sees the free permit, is told when he may endorse, endorses
 * in the month before the anniversary; a missed anniversary suspends a permit until it is endorsed.
 */
@QuarkusTest
class ResidenceJourneyTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void wangAppliesThePoliceAskOnceAndIssueAndWangEndorsesInTheWindow() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        Map<String, Object> wang = new HashMap<>(Map.of("name", "王强", "sex", "MALE", "ethnicity", "汉族",
                "birthDate", "1990-01-01", "idNumber", ResidenceApi.WANG_ID, "phone", "13800138000"));
        String tn = submit("wang.worker", application(wang)).then().statusCode(201)
                .header("Location", matchesPattern("http://portal.test.example/api/v1/residence-permit-applications/RP-.*"))
                .body("status", equalTo("SUBMITTED"))
                .body("handlingOffice.nameZh", equalTo("古塔区公安分局"))
                .body("eligibility.eligibleFrom", equalTo(today.minusMonths(7).plusMonths(6).plusDays(1).toString()))
                .body("eligibility.bases[0].type", equalTo("STABLE_JOB"))
                .body("applicant.idNumber", equalTo(ResidenceApi.WANG_ID))
                .body("deadline", nullValue())
                .body("allowedActions", equalTo(List.of("withdraw"))).extract().path("trackingNumber");

        get("police.guta", tn).then().statusCode(200).body("allowedActions", equalTo(List.of("assign",
                "request-supplement", "accept", "refuse", "transfer")));
        act("police.guta", tn, "request-supplement", Map.of("missingItems", List.of("PHOTO", "JOB_PROOF"),
                "note", "请上传近期白底免冠照片和劳动合同。")).then().statusCode(200)
                .body("status", equalTo("SUPPLEMENT_REQUESTED"));
        get("wang.worker", tn).then().body("missingItems", equalTo(List.of("PHOTO", "JOB_PROOF")))
                .body("allowedActions", equalTo(List.of("supplement", "withdraw")));
        as("wang.worker").header("Idempotency-Key", UUID.randomUUID().toString())
                .multiPart("file", "photo.png", png(), "image/png").post(BASE + "/" + tn + "/attachments").then()
                .statusCode(201);
        act("wang.worker", tn, "supplement", Map.of("note", "已上传照片和劳动合同")).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("missingItems", nullValue());

        act("police.guta", tn, "accept", null).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("deadline.purpose", equalTo("ISSUE")).body("deadline.unit", equalTo("NATURAL_DAYS"))
                .body("deadline.dueAt", equalTo(today.plusDays(15).toString()))
                .body("receipt.applicationNumber", equalTo(tn)).body("receipt.acceptedOn", equalTo(today.toString()))
                .body("receipt.issueBy", equalTo(today.plusDays(15).toString()));
        String number = act("police.guta", tn, "issue", null).then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("deadline", nullValue())
                .body("permit.state", equalTo("VALID")).extract().path("permit.number");
        assertTrue(number.matches("210702" + today.getYear() + "\\d{6}[0-9X]"), number);
        assertTrue(Iso7064.hasValidCheck(number), number);

        LocalDate validThrough = today.plusYears(1);
        get("wang.worker", tn).then().body("permit.number", equalTo(number))
                .body("permit.issuingOffice.nameZh", equalTo("古塔区公安分局"))
                .body("permit.issuedOn", equalTo(today.toString()))
                .body("permit.validThrough", equalTo(validThrough.toString()))
                .body("permit.fee", equalTo("0.00"))
                .body("permit.nextEndorsementWindow.opensOn", equalTo(validThrough.minusMonths(1).toString()))
                .body("permit.nextEndorsementWindow.closesOn", equalTo(validThrough.toString()));
        permit("wang.worker", number).then().statusCode(200).body("state", equalTo("VALID"))
                .body("holderIdNumber", equalTo(ResidenceApi.WANG_ID)).body("application", equalTo(tn))
                .body("allowedActions", not(hasItem("endorse")));

        // Too early: refused with the window in the problem.
        endorse("wang.worker", number, "锦州市古塔区士英街 8 号 3 单元 201").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("ENDORSEMENT_WINDOW_NOT_OPEN"))
                .body("window.opensOn", equalTo(validThrough.minusMonths(1).toString()))
                .body("window.closesOn", equalTo(validThrough.toString()));

        TestClock.setToday(validThrough.minusDays(10));
        permit("wang.worker", number).then().body("allowedActions", equalTo(List.of("endorse")));
        long endorsement = ((Number) endorse("wang.worker", number, "锦州市古塔区北京路 1 号").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("dueBy", equalTo(validThrough.toString()))
                .extract().path("id")).longValue();
        endorse("wang.worker", number, "锦州市古塔区北京路 1 号").then().statusCode(409)
                .body("code", equalTo("ENDORSEMENT_PENDING"));
        as("police.guta").get(ENDORSEMENTS).then().statusCode(200).body("items.id", hasItem((int) endorsement));
        decide("police.guta", endorsement, "approve", null).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("police.guta"));
        permit("wang.worker", number).then().body("state", equalTo("VALID"))
                .body("validThrough", equalTo(today.plusYears(2).toString()))
                .body("endorsements[0].status", equalTo("APPROVED"));

        TestClock.reset();
        act("police.guta", tn, "record-collection", null).then().statusCode(200).body("status", equalTo("COLLECTED"))
                .body("permit.collectedAt", not(nullValue()));
        List<String> steps = as("wang.worker").get(BASE + "/" + tn + "/history").then().statusCode(200)
                .extract().path("action");
        assertEquals(List.of("SUBMIT", "REQUEST_SUPPLEMENT", "SUPPLEMENT", "ACCEPT", "ISSUE", "RECORD_COLLECTION"),
                steps);
    }

    @Test
    void aMissedAnniversarySuspendsThePermitUntilItIsEndorsed() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        String number = issued("li.worker", application(person("李娜", LocalDate.of(1992, 5, 17), false)));
        LocalDate anniversary = today.plusYears(1);

        TestClock.setToday(anniversary.plusDays(1));
        permit("li.worker", number).then().body("state", equalTo("SUSPENDED"))
                .body("suspendedSince", equalTo(anniversary.plusDays(1).toString()))
                .body("allowedActions", equalTo(List.of("endorse")));
        ResidenceApi.verify(Tokens.schoolDemo(), number, "李娜").then().statusCode(200)
                .body("result", equalTo("SUSPENDED")).body("validUntil", equalTo(anniversary.toString()));

        TestClock.setToday(anniversary.plusMonths(2));
        long late = ((Number) endorse("li.worker", number, "锦州市古塔区中央大街 3 号").then().statusCode(201)
                .extract().path("id")).longValue();
        // Asked late: suspended until the office approves.
        permit("li.worker", number).then().body("state", equalTo("SUSPENDED")).body("endorsementPending", equalTo(true));
        decide("police.guta", late, "approve", "补办签注").then().statusCode(200);
        permit("li.worker", number).then().body("state", equalTo("VALID")).body("suspendedSince", nullValue())
                .body("validThrough", equalTo(today.plusYears(2).toString()));
        ResidenceApi.verify(Tokens.schoolDemo(), number, "李娜").then().body("result", equalTo("VALID"))
                .body("validUntil", equalTo(today.plusYears(2).toString()));
    }

    @Test
    void anEndorsementAskedInTimeKeepsThePermitValidWhileTheOfficeDecides() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        String number = issued("li.worker", application(person("周芳", LocalDate.of(1988, 2, 29), false)));
        LocalDate anniversary = today.plusYears(1);

        TestClock.setToday(anniversary);
        long endorsement = ((Number) endorse("li.worker", number, "锦州市古塔区中央大街 5 号").then().statusCode(201)
                .extract().path("id")).longValue();
        TestClock.setToday(anniversary.plusDays(5));
        permit("li.worker", number).then().body("state", equalTo("VALID"))
                .body("validThrough", equalTo(today.plusYears(2).toString()));
        decide("police.guta", endorsement, "refuse", null).then().statusCode(422)
                .body("errors.field", equalTo(List.of("note")));
        decide("police.guta", endorsement, "refuse", "已迁出本市").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        permit("li.worker", number).then().body("state", equalTo("SUSPENDED"))
                .body("validThrough", equalTo(anniversary.toString()));
        decide("police.guta", endorsement, "approve", null).then().statusCode(409)
                .body("code", equalTo("ENDORSEMENT_DECIDED"));
        ResidenceApi.verify(Tokens.schoolDemo(), number, "周芳").then().body("result", equalTo("SUSPENDED"));
    }
}
