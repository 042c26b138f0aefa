package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.mwportal.support.JobApi;
import io.mwportal.support.LogCapture;
import io.mwportal.support.Tokens;
import io.mwportal.support.WageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Input the HTTP and form layers cannot read is a 400 problem, logged as nothing worse than INFO, and stores
 * nothing. Before, a truncated or malformed upload was a 500 with a stack trace at ERROR, for anyone, at will.
 */
@QuarkusTest
class MalformedRequestTest {

    private static final String JPEG_HEAD = "\u00ff\u00d8\u00ffabc";

    /** Content-Type and body of uploads that cannot be parsed. */
    private static final List<String[]> BROKEN_UPLOADS = List.of(
            // truncated: the closing boundary never comes
            new String[] { "multipart/form-data; boundary=XYZ",
                    "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                            + "Content-Type: image/jpeg\r\n\r\n" + JPEG_HEAD },
            new String[] { "multipart/form-data; boundary=", "abc" },
            new String[] { "multipart/form-data; boundary=XYZ", "garbage without any boundary" },
            new String[] { "multipart/form-data; boundary=XYZ", "--XYZ\r\nGarbage header line\r\n\r\nabc\r\n--XYZ--\r\n" },
            new String[] { "multipart/form-data; boundary=XYZ; charset=no-such-charset",
                    "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                            + "Content-Type: image/jpeg; charset=nope\r\n\r\nabc\r\n--XYZ--\r\n" },
            new String[] { "multipart/form-data; boundary=XYZ",
                    "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''%ZZ\r\n\r\n"
                            + JPEG_HEAD + "\r\n--XYZ--\r\n" });

    @Test
    void brokenUploadsAre400AndStoreNothing() {
        String tn = WageApi.fileValid("wang.worker");
        try (LogCapture log = LogCapture.start()) {
            for (String[] upload : BROKEN_UPLOADS) {
                WageApi.as("wang.worker").header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(upload[0]).body(upload[1].getBytes(StandardCharsets.ISO_8859_1))
                        .post(WageApi.BASE + "/" + tn + "/attachments")
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("code", equalTo("MALFORMED_MULTIPART"));
            }
            assertEquals(List.of(), log.warningsOrWorse());
        }
        WageApi.as("wang.worker").header("Accept-Language", "en").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(BROKEN_UPLOADS.get(0)[0]).body(BROKEN_UPLOADS.get(0)[1].getBytes(StandardCharsets.ISO_8859_1))
                .post(WageApi.BASE + "/" + tn + "/attachments")
                .then().statusCode(400).body("title", equalTo("Malformed upload"));
        WageApi.as("wang.worker").get(WageApi.BASE + "/" + tn + "/attachments").then().statusCode(200)
                .body("size()", equalTo(0));
        // A well-formed upload still works afterwards.
        WageApi.upload("wang.worker", tn, "工资条.jpg", WageApi.jpeg(100), "image/jpeg").then().statusCode(201);
    }

    @Test
    void aNulCharacterIs400NamingTheFieldAndReachesNoDatabase() {
        int filedBefore = WageApi.as("wang.worker").get(WageApi.BASE).then().extract().path("totalItems");
        Map<String, Object> complaint = WageApi.complaint();
        complaint.put("facts", "拖欠工资\u0000三个月");
        try (LogCapture log = LogCapture.start()) {
            WageApi.file("wang.worker", complaint).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("facts")).body("errors[0].code", equalTo("NUL_CHARACTER"));
            given().queryParam("q", "焊\u0000工").get("/api/v1/jobs").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("INVALID_PARAMETER"));
            given().urlEncodingEnabled(false).get("/api/v1/jobs?q=%00").then().statusCode(400);
            given().urlEncodingEnabled(false).get("/api/v1/jurisdictions/21%0007").then().statusCode(400);
            assertEquals(List.of(), log.warningsOrWorse());
        }
        WageApi.as("wang.worker").get(WageApi.BASE).then().statusCode(200).body("totalItems", equalTo(filedBefore));
    }

    @Test
    void expectedRefusalsLogNoWarningAndNoIdentifier() {
        String token = Tokens.of("li.worker");
        String subject = given().auth().oauth2(token).get("/api/v1/me").then().extract().path("subject");
        long vacancy = JobApi.published(Tokens.of("jobcenter.guta"), JobApi.vacancy("钢筋工", "锦州某建筑劳务有限公司"));
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < 3; i++) {
                // The same application under new keys: the database's unique constraint refuses the repeats.
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("phone", "13700137000", "message", "有三年经验"))
                        .post("/api/v1/jobs/" + vacancy + "/applications")
                        .then().statusCode(i == 0 ? 201 : 409);
            }
            assertEquals(List.of(), log.warningsOrWorse());
            assertFalse(log.lines().stream().anyMatch(l -> l.text().contains(subject)), log.lines().toString());
        }
    }
}
