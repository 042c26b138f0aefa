package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mwportal.support.JobApi;
import io.mwportal.support.Tokens;
import io.mwportal.support.WageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Personal data is never cacheable ({@code no-store} on every authenticated answer); public reads are, briefly,
 * with an ETag that answers 304.
 */
@QuarkusTest
class CachingTest {

    @Test
    void personalDataIsNoStore() {
        String tn = WageApi.fileValid("wang.worker");
        long attachment = ((Number) WageApi.upload("wang.worker", tn, "工资条.jpg", WageApi.jpeg(64), "image/jpeg")
                .then().statusCode(201).header("Cache-Control", "no-store").extract().path("id")).longValue();
        WageApi.get("wang.worker", tn).then().statusCode(200).header("Cache-Control", "no-store");
        WageApi.get("inspector.guta", tn).then().statusCode(200).header("Cache-Control", "no-store");
        WageApi.as("wang.worker").get(WageApi.BASE + "/" + tn + "/attachments/" + attachment).then().statusCode(200)
                .header("Cache-Control", "no-store");
        WageApi.as("wang.worker").get(WageApi.BASE + "/" + tn + "/history").then().header("Cache-Control", "no-store");

        String centre = Tokens.of("jobcenter.guta");
        long vacancy = JobApi.published(centre, JobApi.vacancy("钢筋工", "锦州某建筑劳务有限公司"));
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "cache-" + System.nanoTime()).body(Map.of("phone", "13700137000"))
                .post("/api/v1/jobs/" + vacancy + "/applications").then().statusCode(201);
        given().auth().oauth2(centre).get("/api/v1/jobs/" + vacancy + "/applications").then().statusCode(200)
                .header("Cache-Control", "no-store");
        // A public read with a token is no-store too: what a signed-in caller sees may be theirs alone.
        given().auth().oauth2(centre).get("/api/v1/jobs/" + vacancy).then().statusCode(200)
                .header("Cache-Control", "no-store");
        // Errors are never cached either.
        given().get("/api/v1/jobs/999999999").then().statusCode(404).header("Cache-Control", "no-store");
        given().get("/api/v1/me").then().statusCode(401).header("Cache-Control", "no-store");
    }

    @Test
    void publicReadsAreBrieflyCacheableAndRevalidateWithTheirETag() {
        long vacancy = JobApi.published(Tokens.of("jobcenter.guta"), JobApi.vacancy("电焊工", "锦州某机械制造有限公司"));
        for (String path : new String[] { "/api/v1/jobs?district=210702", "/api/v1/jobs/" + vacancy,
                "/api/v1/training/courses", "/api/v1/jurisdictions", "/api/v1/jurisdictions/210702",
                "/api/v1/policy-measures", "/api/v1/departments", "/api/v1/calendar/years/2026" }) {
            String etag = given().get(path).then().statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=60"))
                    .header("Vary", equalTo("Accept, Authorization"))
                    .extract().header("ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304).body(emptyString())
                    .header("ETag", equalTo(etag));
            given().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
        }
        // A vacancy's ETag is its version, the one If-Match takes.
        String version = given().auth().oauth2(Tokens.of("jobcenter.guta")).get("/api/v1/jobs/" + vacancy).then()
                .extract().header("ETag");
        given().get("/api/v1/jobs/" + vacancy).then().header("ETag", equalTo(version))
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\""));
        given().get("/api/v1/jobs?district=210702").then().header("ETag", startsWith("W/\""));
    }
}
