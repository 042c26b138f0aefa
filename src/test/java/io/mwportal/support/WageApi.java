package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.http.entity.mime.HttpMultipartMode;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Test helpers for the wage-complaint API, with real tokens. */
public final class WageApi {

    public static final String BASE = "/api/v1/wage-complaints";

    private WageApi() {
    }

    /** A complete, valid complaint of wang.worker about a Guta workplace (mutable: tests change parts). */
    public static Map<String, Object> complaint() {
        Map<String, Object> body = new HashMap<>();
        body.put("complainant", new HashMap<>(Map.of("name", "王强", "idNumber", "21070219900101123X",
                "phone", "13800138000", "address", "锦州市古塔区北一里", "bankCard", "6222021234567890123")));
        body.put("employer", new HashMap<>(Map.of("name", "锦州某建筑劳务有限公司", "creditCode", "91210700MA0Y0D6U42",
                "address", "锦州市古塔区士英街 1 号")));
        body.put("workplace", new HashMap<>(Map.of("district", "210702", "address", "古塔区某小区 3 号楼工地",
                "construction", true, "cityGovernmentLed", false, "projectName", "某小区 3 号楼",
                "generalContractor", "某建工集团")));
        body.put("periodStart", "2025-03-01");
        body.put("periodEnd", "2025-10-31");
        body.put("amountOwed", "36000.00");
        body.put("workersAffected", 1);
        body.put("representatives", new ArrayList<>(List.of()));
        body.put("facts", "2025 年 3 月至 10 月在工地做钢筋工，工资一直未结。");
        body.put("request", "要求支付拖欠工资 36000 元。");
        return body;
    }

    /**
     * A complaint about {@code employer} alone: no credit code, project or general contractor (not construction work),
     * so that early warning links it by the employer's name only.
     */
    public static Map<String, Object> complaintAgainst(String employer) {
        Map<String, Object> body = complaint();
        part(body, "employer").put("name", employer);
        part(body, "employer").remove("creditCode");
        part(body, "workplace").put("construction", false);
        part(body, "workplace").remove("projectName");
        part(body, "workplace").remove("generalContractor");
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    public static Response file(String user, Object body) {
        return CaseApi.file(BASE, user, body);
    }

    /** Files a valid complaint for {@code user} and returns its tracking number. */
    public static String fileValid(String user) {
        return file(user, complaint()).then().statusCode(201).extract().path("trackingNumber");
    }

    public static Response act(String user, String trackingNumber, String action, Object body) {
        return CaseApi.act(BASE, user, trackingNumber, action, body);
    }

    public static Response get(String user, String trackingNumber) {
        return CaseApi.get(BASE, user, trackingNumber);
    }

    /** Bytes that are a PNG by signature. */
    public static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] signature = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    /** Bytes that are a JPEG by signature. */
    public static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }

    /** As phones and browsers send it: the file name in UTF-8 (RestAssured's default would write it in ASCII). */
    private static final RestAssuredConfig UTF8_UPLOADS = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8.name()));

    public static Response upload(String user, String trackingNumber, String fileName, byte[] content, String type) {
        return as(user).config(UTF8_UPLOADS).header("Idempotency-Key", UUID.randomUUID().toString())
                .multiPart("file", fileName, content, type)
                .post(BASE + "/" + trackingNumber + "/attachments");
    }

    public static Map<String, Object> note(String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("note", note);
        return body;
    }
}
