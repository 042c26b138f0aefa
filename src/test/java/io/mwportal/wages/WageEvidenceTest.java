package io.mwportal.wages;

import static io.mwportal.support.WageApi.BASE;
import static io.mwportal.support.WageApi.as;
import static io.mwportal.support.WageApi.fileValid;
import static io.mwportal.support.WageApi.jpeg;
import static io.mwportal.support.WageApi.png;
import static io.mwportal.support.WageApi.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Evidence files: JPEG, PNG and PDF recognised by content, never by name; at most 20 per complaint. */
@QuarkusTest
class WageEvidenceTest {

    @Test
    void typesAreRecognisedByContent() {
        String tn = fileValid("wang.worker");
        long id = ((Number) upload("wang.worker", tn, "劳动合同.png", png(), "application/octet-stream").then()
                .statusCode(201).body("contentType", equalTo("image/png")).extract().path("id")).longValue();
        byte[] downloaded = as("inspector.guta").get(BASE + "/" + tn + "/attachments/" + id).then().statusCode(200)
                .contentType("image/png").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename*=UTF-8''%E5%8A%B3%E5%8A%A8%E5%90%88%E5%90%8C.png")
                .extract().asByteArray();
        assertArrayEquals(png(), downloaded);
        upload("wang.worker", tn, "工资表.pdf", "%PDF-1.7\n%...".getBytes(StandardCharsets.US_ASCII), "image/jpeg")
                .then().statusCode(201).body("contentType", equalTo("application/pdf"));
        // A script named like a picture is refused; a path in the name is dropped.
        upload("wang.worker", tn, "photo.jpg", "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII),
                "image/jpeg").then().statusCode(415).body("code", equalTo("UNSUPPORTED_ATTACHMENT_TYPE"));
        upload("wang.worker", tn, "../../etc/passwd.jpg", jpeg(10), "image/jpeg").then().statusCode(201)
                .body("fileName", equalTo("passwd.jpg"));
        as("wang.worker").get(BASE + "/" + tn + "/attachments").then().body("contentType",
                equalTo(java.util.List.of("image/png", "application/pdf", "image/jpeg")));
    }

    @Test
    void atMostTwentyPerComplaint() {
        String tn = fileValid("wang.worker");
        for (int i = 0; i < 20; i++) {
            upload("wang.worker", tn, "证据" + i + ".jpg", jpeg(16), "image/jpeg").then().statusCode(201);
        }
        upload("wang.worker", tn, "第21份.jpg", jpeg(16), "image/jpeg").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("TOO_MANY_ATTACHMENTS"));
        upload("inspector.guta", tn, "检查记录.jpg", jpeg(16), "image/jpeg").then().statusCode(409);
        as("wang.worker").get(BASE + "/" + tn + "/attachments").then().body("", hasSize(20));
    }
}
