package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.validation.Iso7064;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Residence permits over HTTP with real tokens, for tests. */
public final class ResidenceApi {

    public static final String BASE = "/api/v1/residence-permit-applications";
    public static final String PERMITS = "/api/v1/residence-permits";
    public static final String ENDORSEMENTS = "/api/v1/residence-endorsements";
    public static final String VERIFY = PERMITS + "/verifications";

    /** Every test person is someone new: ID numbers are unique in a run (one application and permit per person). */
    private static final AtomicInteger NEXT_PERSON = new AtomicInteger();

    /** wang.worker's own identity (as in the other case types' tests). */
    public static final String WANG_ID = "21070219900101123X";

    private ResidenceApi() {
    }

    /**
     * A valid, unique ID number of someone born on {@code birth}: the 17th digit odd for men, even for women, and the
     * GB 11643 check character.
     */
    public static String idNumber(LocalDate birth, boolean male) {
        int n = NEXT_PERSON.getAndIncrement();
        String body = String.format("2107%02d%s%02d%d", n / 500 % 100, birth.format(DateTimeFormatter.BASIC_ISO_DATE),
                n / 5 % 100, n % 5 * 2 + (male ? 1 : 0));
        return body + Iso7064.mod11Check(body);
    }

    public static Map<String, Object> person(String name, LocalDate birth, boolean male) {
        return new HashMap<>(Map.of("name", name, "sex", male ? "MALE" : "FEMALE", "ethnicity", "汉族",
                "birthDate", birth.toString(), "idNumber", idNumber(birth, male), "phone", "13800138000"));
    }

    /** A complete, eligible application for {@code applicant}: registered seven months ago, a stable job. */
    public static Map<String, Object> application(Map<String, Object> applicant) {
        Map<String, Object> body = new HashMap<>();
        body.put("applicant", applicant);
        body.put("hukouAddress", "河南省周口市郸城县某乡某村 12 号");
        body.put("residenceAddress", "锦州市古塔区士英街 8 号 3 单元 201");
        body.put("district", "210702");
        body.put("residenceRegisteredOn", LocalDate.now(PortalTime.ZONE).minusMonths(7).toString());
        body.put("bases", new ArrayList<>(List.of(new HashMap<>(Map.of("type", "STABLE_JOB",
                "organisation", "锦州某建筑劳务有限公司", "creditCode", "91210700MA0Y0D6U42",
                "since", LocalDate.now(PortalTime.ZONE).minusMonths(8).toString())))));
        return body;
    }

    /** A complete application for a new adult. */
    public static Map<String, Object> application() {
        return application(person("赵敏", LocalDate.now(PortalTime.ZONE).minusYears(30).minusDays(40), false));
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    public static Response submit(String user, Object body) {
        return CaseApi.file(BASE, user, body);
    }

    public static String submitValid(String user, Object body) {
        return submit(user, body).then().statusCode(201).extract().path("trackingNumber");
    }

    public static Response act(String user, String trackingNumber, String action, Object body) {
        return CaseApi.act(BASE, user, trackingNumber, action, body);
    }

    public static Response get(String user, String trackingNumber) {
        return CaseApi.get(BASE, user, trackingNumber);
    }

    public static Response permit(String user, String number) {
        return as(user).get(PERMITS + "/" + number);
    }

    /** Files, accepts and issues a permit for {@code body} (owner {@code user}); its number. */
    public static String issued(String user, Object body) {
        String tn = submitValid(user, body);
        act("police.guta", tn, "accept", null).then().statusCode(200);
        return act("police.guta", tn, "issue", null).then().statusCode(200).extract().path("permit.number");
    }

    public static Response endorse(String user, String number, String address) {
        return as(user).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("residenceAddress", address)).post(PERMITS + "/" + number + "/endorsements");
    }

    public static Response decide(String officer, long endorsementId, String decision, String note) {
        RequestSpecification request = as(officer).contentType(ContentType.JSON);
        if (note != null) {
            request.body(Map.of("note", note));
        }
        return request.post(ENDORSEMENTS + "/" + endorsementId + "/actions/" + decision);
    }

    public static Response verify(String token, String number, String name) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("permitNumber", number, "holderName", name)).post(VERIFY);
    }
}
