package io.mwportal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

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
}
