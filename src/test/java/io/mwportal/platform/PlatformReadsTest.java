package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Reference data, paging, health, metrics and the request log. */
@QuarkusTest
class PlatformReadsTest {

    @Test
    void jurisdictionsOfJinzhou() {
        given().get("/api/v1/jurisdictions").then().statusCode(200)
                .body("code", hasItems("210700", "210702", "210703", "210711", "210726", "210727", "210781", "210782"))
                .body("find { it.code == '210700' }.level", equalTo("CITY"))
                .body("find { it.code == '210711' }.nameZh", equalTo("太和区"))
                .body("findAll { it.level != 'CITY' }.parentCode", everyItem(equalTo("210700")));
    }

    @Test
    void serviceDirectoryHasTheNineteenMeasuresWithTheirDepartments() {
        given().get("/api/v1/policy-measures").then().statusCode(200)
                .body("$", hasSize(19))
                .body("number", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)))
                .body("leadDepartments.flatten().size()", org.hamcrest.Matchers.greaterThanOrEqualTo(19));
        given().get("/api/v1/policy-measures/4").then().statusCode(200)
                .body("portalService", equalTo("WAGES"))
                .body("leadDepartments.nameZh", equalTo(List.of("市人社局")))
                .body("cooperatingDepartments.nameZh", hasItem("市公安局"))
                .body("titleEn", notNullValue());
        given().get("/api/v1/policy-measures/9").then().statusCode(200)
                .body("portalService", equalTo("RESIDENCE"))
                .body("leadDepartments.nameZh", equalTo(List.of("市发改委", "市公安局", "市人社局")));
        given().get("/api/v1/departments").then().statusCode(200).body("nameZh", hasItems("市人社局", "市司法局"));
    }

    @Test
    void pagingShapeAndBounds() {
        var first = given().queryParam("size", 10).get("/test-support/paged-departments").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(10)).body("items", hasSize(10))
                .body("hasNext", equalTo(true)).extract().jsonPath();
        int total = first.getInt("totalItems");
        int lastPage = (total - 1) / 10;
        given().queryParam("size", 10).queryParam("page", lastPage).get("/test-support/paged-departments").then()
                .statusCode(200).body("items", hasSize(total - lastPage * 10)).body("hasNext", equalTo(false));
        given().queryParam("page", lastPage + 5).get("/test-support/paged-departments").then()
                .statusCode(200).body("items", hasSize(0)).body("hasNext", equalTo(false));
        given().get("/test-support/paged-departments").then().statusCode(200).body("size", equalTo(20));
        given().queryParam("size", 101).get("/test-support/paged-departments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("size", 0).get("/test-support/paged-departments").then().statusCode(400);
        given().queryParam("page", -1).get("/test-support/paged-departments").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void requestLogCarriesNoQueryStringOrIdentity() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getParameters() == null ? record.getMessage()
                        : String.format(record.getMessage(), record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.mwportal.request");
        logger.addHandler(capture);
        try {
            given().header("X-Request-Id", "trace-abc-123").queryParam("from", "2026-02-13")
                    .queryParam("amount", 5).queryParam("name", "王小明13800138000")
                    .get("/api/v1/calendar/due-date")
                    .then().statusCode(200).header("X-Request-Id", equalTo("trace-abc-123"));
        } finally {
            logger.removeHandler(capture);
        }
        String line = lines.stream().filter(l -> l.contains("trace-abc-123")).findFirst().orElseThrow();
        assertTrue(line.contains("path=/api/v1/calendar/due-date"), line);
        assertTrue(line.contains("status=200"), line);
        assertTrue(line.matches("method=GET path=\\S+ status=200 durationMs=\\d+\\.\\d requestId=trace-abc-123"), line);
        assertFalse(line.contains("王小明") || line.contains("13800138000") || line.contains("amount"), line);
        assertEquals(1, lines.stream().filter(l -> l.contains("trace-abc-123")).count());
    }

    @Test
    void aGeneratedRequestIdReplacesAMalformedOne() {
        given().header("X-Request-Id", "bad id\twith spaces").get("/api/v1/jurisdictions").then().statusCode(200)
                .header("X-Request-Id", not(equalTo("bad id\twith spaces")));
    }
}
