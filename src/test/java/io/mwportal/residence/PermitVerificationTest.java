package io.mwportal.residence;

import static io.mwportal.support.ResidenceApi.PERMITS;
import static io.mwportal.support.ResidenceApi.application;
import static io.mwportal.support.ResidenceApi.as;
import static io.mwportal.support.ResidenceApi.issued;
import static io.mwportal.support.ResidenceApi.person;
import static io.mwportal.support.ResidenceApi.verify;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.support.TestClock;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Verification for schools, hospitals and employers (一证通; 居住证暂行条例 Art 17, 20), with the realm's school-demo
 * client: the state and a date, nothing else; a wrong name is indistinguishable from an unknown number; only clients
 * with the permits:verify scope; every check shown to the holder.
 */
@QuarkusTest
class PermitVerificationTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static String school() {
        return Tokens.schoolDemo();
    }

    @Test
    void everyAnswerAndNothingElse() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        String number = issued("li.worker", application(person("钱多多", LocalDate.of(1995, 1, 20), true)));
        Response valid = verify(school(), number, "钱多多");
        valid.then().statusCode(200).contentType(ContentType.JSON).body("result", equalTo("VALID"))
                .body("validUntil", equalTo(today.plusYears(1).toString()));
        assertEquals(Map.of("result", "VALID", "validUntil", today.plusYears(1).toString()), valid.as(Map.class),
                "the state and a date, nothing of the holder");
        verify(school(), " 钱多多 ", "").then().statusCode(400);
        verify(school(), number, " 钱多多 ").then().statusCode(200).body("result", equalTo("VALID"));

        TestClock.setToday(today.plusYears(1).plusDays(1));
        verify(school(), number, "钱多多").then().body("result", equalTo("SUSPENDED"))
                .body("validUntil", equalTo(today.plusYears(1).toString()));
        TestClock.reset();

        as("police.guta").contentType(ContentType.JSON).body(Map.of("reasonCode", "LEFT_CITY", "note", "已离开本市"))
                .post(PERMITS + "/" + number + "/actions/cancel").then().statusCode(200)
                .body("state", equalTo("EXPIRED")).body("cancelReason", equalTo("LEFT_CITY"));
        verify(school(), number, "钱多多").then().body("result", equalTo("EXPIRED"))
                .body("validUntil", equalTo(today.toString()));
        as("police.guta").contentType(ContentType.JSON).body(Map.of("reasonCode", "LEFT_CITY", "note", "again"))
                .post(PERMITS + "/" + number + "/actions/cancel").then().statusCode(409)
                .body("code", equalTo("PERMIT_CANCELLED"));
    }

    @Test
    void aWrongNameAnswersExactlyAsAnUnknownNumber() {
        String number = issued("li.worker", application(person("孙悦", LocalDate.of(1996, 6, 6), false)));
        Response wrongName = verify(school(), number, "孙月");
        Response unknown = verify(school(), "21070220269999991", "孙悦");
        wrongName.then().statusCode(200).body("result", equalTo("NOT_FOUND")).body("validUntil", nullValue());
        unknown.then().statusCode(200);
        assertEquals(unknown.asString(), wrongName.asString());
        assertEquals(unknown.contentType(), wrongName.contentType());
        assertEquals(unknown.getHeader("Cache-Control"), wrongName.getHeader("Cache-Control"));
    }

    @Test
    void onlyVerifyingClientsMayAsk() {
        String number = issued("li.worker", application(person("冯敏", LocalDate.of(1990, 10, 10), false)));
        for (String token : List.of(Tokens.of("li.worker"), Tokens.of("police.guta"), Tokens.of("admin"),
                Tokens.partnerDemo())) {
            verify(token, number, "冯敏").then().statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("FORBIDDEN"));
        }
        given().contentType(ContentType.JSON).body(Map.of("permitNumber", number, "holderName", "冯敏"))
                .post(PERMITS + "/verifications").then().statusCode(401);
        verify("not-a-token", number, "冯敏").then().statusCode(401);
        verify(school(), "2107022026", "冯敏").then().statusCode(400).body("errors.field",
                equalTo(List.of("permitNumber")));
    }

    @Test
    void theHolderSeesWhoCheckedAndNobodyElseDoes() {
        String number = issued("li.worker", application(person("陈晨", LocalDate.of(1994, 4, 4), true)));
        verify(school(), number, "陈晨").then().body("result", equalTo("VALID"));
        verify(school(), number, "陈辰").then().body("result", equalTo("NOT_FOUND"));
        as("li.worker").get(PERMITS + "/" + number + "/checks").then().statusCode(200)
                .body("items.client", equalTo(List.of("school-demo", "school-demo")))
                .body("items.result", equalTo(List.of("NOT_FOUND", "VALID")))
                .body("totalItems", equalTo(2));
        as("wang.worker").get(PERMITS + "/" + number + "/checks").then().statusCode(404);
        as("police.guta").get(PERMITS + "/" + number + "/checks").then().statusCode(403);
    }

    @Test
    void eachClientIsRateLimited() {
        String number = issued("li.worker", application(person("楚云", LocalDate.of(1989, 8, 8), true)));
        Map<String, Object> claims = Tokens.workerClaims(300);
        claims.put("azp", "clinic-ratelimit-" + System.nanoTime());
        claims.put("scope", "profile permits:verify");
        claims.put("realm_access", Map.of("roles", List.of()));
        claims.put("preferred_username", "service-account-clinic");
        String clinic = Tokens.signed(claims);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            statuses.add(verify(clinic, number, "楚云").statusCode());
        }
        assertEquals(List.of(200), statuses.subList(0, 60).stream().distinct().toList());
        assertEquals(429, statuses.get(60));
        verify(clinic, number, "楚云").then().statusCode(429).header("Retry-After", notNullValue());
        // Another client is not affected.
        verify(school(), number, "楚云").then().statusCode(200);
    }
}
