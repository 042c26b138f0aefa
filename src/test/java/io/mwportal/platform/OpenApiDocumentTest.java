package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The committed {@code openapi/openapi.yaml} is exactly what the code generates, and the document is complete
 * enough for third-party developers (info, bearer scheme, tags, an example on every request body).
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String REGENERATE = "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.regenerate=true";

    @Test
    void committedDocumentMatchesTheGeneratedOne() throws IOException {
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path committed = Path.of(System.getProperty("openapi.committed", "openapi/openapi.yaml"));
        if (Boolean.getBoolean("openapi.regenerate")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(committed), "No " + committed + ": generate it with `" + REGENERATE + "`");
        assertEquals(Files.readString(committed, StandardCharsets.UTF_8), generated,
                "openapi/openapi.yaml differs from what the code generates. If the API change is intended, run `"
                        + REGENERATE + "` and commit openapi/openapi.yaml.");
    }

    @Test
    void documentIsCompleteForThirdParties() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertNotNull(doc.getString("info.title"));
        assertNotNull(doc.getString("info.version"));
        assertNotNull(doc.getString("info.description"));
        assertNotNull(doc.getString("info.contact.email"));
        assertEquals("http", doc.getString("components.securitySchemes.bearer.type"));
        assertEquals("bearer", doc.getString("components.securitySchemes.bearer.scheme"));
        assertEquals("JWT", doc.getString("components.securitySchemes.bearer.bearerFormat"));

        List<String> missing = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> op = operation.getValue();
                if (!(op.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                    missing.add(name + ": no tag");
                }
                if (!(op.get("operationId") instanceof String id) || !id.matches("[a-z][A-Za-z]+")) {
                    missing.add(name + ": no operationId");
                } else if (!operationIds.add(id)) {
                    missing.add(name + ": operationId " + id + " is not unique");
                }
                if (op.get("summary") == null) {
                    missing.add(name + ": no summary");
                }
                if (op.get("requestBody") instanceof Map<?, ?> body && !hasExample(doc, body)) {
                    missing.add(name + ": request body without example");
                }
            }
        }
        assertFalse(paths.isEmpty());
        assertEquals(List.of(), missing);
    }

    private static boolean hasExample(JsonPath doc, Map<?, ?> requestBody) {
        if (!(requestBody.get("content") instanceof Map<?, ?> content)) {
            return false;
        }
        for (Object media : content.values()) {
            Map<?, ?> mediaType = (Map<?, ?>) media;
            if (mediaType.get("example") != null || mediaType.get("examples") != null) {
                continue;
            }
            Map<?, ?> schema = (Map<?, ?>) mediaType.get("schema");
            if (schema == null) {
                return false;
            }
            if (schema.get("$ref") instanceof String ref) {
                schema = doc.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1));
            }
            if (schema.get("examples") == null && schema.get("example") == null) {
                return false;
            }
        }
        return true;
    }
}
