package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** ETag on single resources; If-Match honoured on updates (412 when stale). */
@QuarkusTest
class EntityTagTest {

    private static final String ZONE = "210780";

    private static String admin() {
        return Tokens.of("admin");
    }

    private static void ensureZone() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("code", ZONE, "nameZh", "锦州滨海新区", "nameEn", "Binhai", "level", "DEVELOPMENT_ZONE",
                        "parentCode", "210700"))
                .post("/api/v1/jurisdictions");
    }

    private static Response rename(String ifMatch, String name) {
        var request = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("nameZh", name, "nameEn", "Binhai New Area"));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/jurisdictions/" + ZONE);
    }

    @Test
    void ifMatchIsHonoured() {
        ensureZone();
        String etag = given().get("/api/v1/jurisdictions/" + ZONE).then().statusCode(200).extract().header("ETag");
        String next = rename(etag, "锦州滨海新区（一）").then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, next);

        // The first ETag is stale now: 412, and nothing changes.
        rename(etag, "不应保存").then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("PRECONDITION_FAILED"));
        given().get("/api/v1/jurisdictions/" + ZONE).then().body("nameZh", equalTo("锦州滨海新区（一）"))
                .header("ETag", equalTo(next));

        rename("W/" + next, "弱校验不算").then().statusCode(412);
        rename("\"x\", " + next, "列表中有当前版本").then().statusCode(200);
        rename("*", "星号").then().statusCode(200);
        rename(null, "无 If-Match").then().statusCode(200).body("nameZh", equalTo("无 If-Match"));
    }

    @Test
    void concurrentWritersWithTheSameIfMatchLetExactlyOneWin() throws Exception {
        ensureZone();
        String etag = given().get("/api/v1/jurisdictions/" + ZONE).then().extract().header("ETag");
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            String name = "并发" + i;
            futures.add(pool.submit(() -> {
                go.await();
                return rename(etag, name);
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Response> future : futures) {
            Response response = future.get();
            if (response.statusCode() == 200) {
                won++;
            } else {
                assertTrue(Set.of(409, 412).contains(response.statusCode()), response.asString());
                assertEquals("application/problem+json", response.contentType());
            }
        }
        pool.shutdown();
        assertEquals(1, won);
    }

    @Test
    void unknownResourceUpdateIs404() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("nameZh", "x", "nameEn", "x")).put("/api/v1/jurisdictions/219999")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
