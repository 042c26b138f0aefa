package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Test helpers for the legal-aid API, with real tokens. */
public final class LegalAidApi {

    public static final String BASE = "/api/v1/legal-aid-requests";

    private LegalAidApi() {
    }

    /** A complete green-channel request of wang.worker about unpaid wages in Guta (mutable). */
    public static Map<String, Object> application() {
        Map<String, Object> body = new HashMap<>();
        body.put("applicant", new HashMap<>(Map.of("name", "王强", "idNumber", "21070219900101123X",
                "phone", "13800138000")));
        body.put("district", "210702");
        body.put("matterType", "LABOUR_REMUNERATION");
        body.put("opposingParty", new HashMap<>(Map.of("name", "锦州某建筑劳务有限公司", "creditCode", "91210700MA0Y0D6U42")));
        body.put("amountClaimed", "36000.00");
        body.put("facts", "2025 年 3 月至 10 月在工地做钢筋工，工资一直未结，已向劳动保障监察投诉。");
        body.put("request", "请求指派律师代理劳动仲裁，追讨拖欠工资 36000 元。");
        return body;
    }

    /** A legal-aid officer of another office, created once for the run (password = user name). */
    public static String officer(String username, String jurisdiction) {
        return KeycloakAdmin.createUser(username, "legal-aid-officer", jurisdiction);
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    public static Response submit(String user, Object body) {
        return CaseApi.file(BASE, user, body);
    }

    /** Submits a valid request for {@code user} and returns its tracking number. */
    public static String submitValid(String user, Map<String, Object> body) {
        return submit(user, body).then().statusCode(201).extract().path("trackingNumber");
    }

    public static Response act(String user, String trackingNumber, String action, Object body) {
        return CaseApi.act(BASE, user, trackingNumber, action, body);
    }

    public static Response get(String user, String trackingNumber) {
        return CaseApi.get(BASE, user, trackingNumber);
    }

    public static Map<String, Object> lawyer() {
        return Map.of("lawyer", Map.of("kind", "LAWYER", "name", "刘律师", "organisation", "辽宁某律师事务所",
                "phone", "0416-1234567"));
    }
}
