package io.mwportal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;

/** The suite-wide contract check catches what it is there to catch (so a passing suite means something). */
class ContractCheckUnitTest {

    private static final List<ContractCheck.Operation> CONTRACT = ContractCheck.load(Path.of("openapi/openapi.yaml"));

    private static ContractCheck.Operation operation(String method, String template) {
        return CONTRACT.stream().filter(o -> o.method().equals(method) && o.template().equals(template)).findFirst()
                .orElseThrow();
    }

    private static Response response(int status, String contentType, String body, String... headers) {
        ResponseBuilder builder = new ResponseBuilder().setStatusCode(status).setStatusLine("HTTP/1.1 " + status)
                .setContentType(contentType).setBody(body);
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    @Test
    void anUndocumentedStatusIsCaught() {
        List<String> problems = ContractCheck.check(operation("GET", "/api/v1/jobs"),
                response(418, "application/problem+json", "{\"code\":\"TEAPOT\"}"));
        assertEquals(List.of("status not documented"), problems);
    }

    @Test
    void anErrorThatIsNotAProblemIsCaught() {
        List<String> problems = ContractCheck.check(operation("GET", "/api/v1/jobs"),
                response(400, "text/html", "<h1>Bad request</h1>"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("media type text/html not documented"), problems.toString());
    }

    @Test
    void aBodyThatDoesNotMatchItsSchemaIsCaught() {
        List<String> problems = ContractCheck.check(operation("GET", "/api/v1/jobs"),
                response(200, "application/json", "{\"items\": \"not a list\", \"page\": 0, \"size\": 20}"));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("body /items")), problems.toString());
    }

    @Test
    void aCreationWithoutLocationIsCaught() {
        ContractCheck.Operation file = operation("POST", "/api/v1/wage-complaints");
        List<String> problems = ContractCheck.check(file, response(201, "application/json", "{}"));
        assertTrue(problems.contains("required header Location missing"), problems.toString());
    }

    @Test
    void aDocumentedAnswerPasses() {
        assertEquals(List.of(), ContractCheck.check(operation("GET", "/api/v1/jobs"), response(200,
                "application/json", "{\"items\": [], \"page\": 0, \"size\": 20, \"hasNext\": false}")));
        assertEquals(List.of(), ContractCheck.check(operation("GET", "/api/v1/jobs"), response(400,
                "application/problem+json", "{\"type\": \"/problems/invalid-parameter\", \"title\": \"t\", "
                        + "\"status\": 400, \"code\": \"INVALID_PARAMETER\"}")));
    }

    @Test
    void everyExampleInTheContractMatchesItsSchema() {
        assertEquals(List.of(), ContractCheck.examplesNotMatchingTheirSchema());
    }

    @Test
    void everySuccessBodyHasAnExample() {
        List<String> missing = new java.util.ArrayList<>();
        for (ContractCheck.Operation operation : CONTRACT) {
            operation.spec().path("responses").fields().forEachRemaining(response -> {
                JsonNode schema = response.getValue().path("content").path("application/json").path("schema");
                if (!response.getKey().startsWith("2") || schema.isMissingNode()) {
                    return;
                }
                JsonNode resolved = ContractCheck.resolve(schema.has("items") ? schema.path("items") : schema);
                JsonNode items = resolved.path("properties").path("items").path("items");
                JsonNode example = items.isMissingNode() ? resolved : ContractCheck.resolve(items);
                if (!example.has("examples")) {
                    missing.add(operation.name() + " " + response.getKey());
                }
            });
        }
        assertEquals(List.of(), missing);
    }
}
