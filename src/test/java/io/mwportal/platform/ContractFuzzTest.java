package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mwportal.support.ContractCheck;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Requests generated from {@code openapi/openapi.yaml} with a fixed seed: for every operation, valid, boundary and
 * invalid path and query parameters, headers (Idempotency-Key, If-Match, Accept) and bodies (the documented example,
 * then with a field removed, of the wrong type, too long, null, empty, malformed, of another media type), as no one,
 * the right role, another role or a forged token. No answer may be a 5xx; every answer is held to the contract by
 * {@link ContractCheck} (status documented, problem+json for errors, body matching its schema). Runs on an application
 * of its own ({@link Isolated}: a test profile restarts it, and Flyway empties the test database before and after),
 * because what it creates must not show up in other tests' results.
 */
@QuarkusTest
@TestProfile(ContractFuzzTest.Isolated.class)
class ContractFuzzTest {

    private static final long SEED = 20261130L;
    private static final int REQUESTS_PER_OPERATION = 25;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The role each user of the demo realm holds; a secured operation is called as one of its roles' users. */
    private static final Map<String, String> USER_OF_ROLE = Map.of("worker", "wang.worker", "job-center",
            "jobcenter.guta", "training-officer", "trainer.city", "labour-inspector", "inspector.guta",
            "legal-aid-officer", "legalaid.guta", "residence-officer", "police.guta", "analyst", "analyst",
            "admin", "admin");

    public static class Isolated implements QuarkusTestProfile {
    }

    private final Random random = new Random(SEED);
    // Anonymous reports are limited per address: this run's own address keeps other tests' limits untouched.
    private final String client = "2001:db8:fa:%x::1".formatted(new Random().nextInt(0x10000));

    @Test
    void generatedRequestsGetDocumentedAnswersAndNever5xx() {
        List<ContractCheck.Operation> operations = ContractCheck.load(Path.of("openapi/openapi.yaml"));
        long started = System.nanoTime();
        Map<String, Integer> sent = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (ContractCheck.Operation operation : operations) {
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                Attempt attempt = attempt(operation, i);
                Response response;
                try {
                    response = attempt.send();
                } catch (AssertionError contractBroken) { // from ContractCheck: collected, so one run shows them all
                    violations.add(attempt + " → " + contractBroken.getMessage());
                    continue;
                } finally {
                    sent.merge(operation.name(), 1, Integer::sum);
                }
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() >= 500) {
                    serverErrors.add(attempt + " → " + response.statusCode() + " " + response.asString());
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        int total = sent.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("ContractFuzzTest: %d requests over %d operations in %d s (seed %d), by status %s%n", total,
                sent.size(), seconds, SEED, statuses);
        assertEquals(List.of(), serverErrors);
        assertEquals(List.of(), violations.subList(0, Math.min(violations.size(), 40)), violations.size() + " answers "
                + "broke the contract");
        assertEquals(operations.size(), sent.size());
        assertTrue(total >= 2000, "only " + total + " requests");
        // Not only refusals: the valid requests get through too.
        assertTrue(statuses.keySet().stream().filter(status -> status < 300).mapToInt(statuses::get).sum() > 200,
                statuses.toString());
    }

    /** One generated request: the i-th of an operation (the first few are valid, the rest vary one thing). */
    private Attempt attempt(ContractCheck.Operation operation, int i) {
        JsonNode spec = operation.spec();
        Attempt attempt = new Attempt(operation.method(), operation.template());
        attempt.token = token(spec, i);
        for (JsonNode parameter : spec.path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            boolean spoil = i >= 3 && random.nextInt(4) == 0;
            String value = spoil ? invalid(parameter.path("schema")) : valid(parameter);
            switch (in) {
                case "path" -> attempt.path.put(name, value);
                case "query" -> {
                    if (spoil || parameter.path("required").asBoolean() || random.nextBoolean()) {
                        attempt.query.put(name, value);
                    }
                }
                case "header" -> {
                    if (name.equals("Idempotency-Key")) {
                        int kind = i < 3 ? 0 : random.nextInt(6);
                        if (kind < 4) {
                            attempt.headers.put(name, UUID.randomUUID().toString());
                        } else if (kind == 4) {
                            attempt.headers.put(name, "key with spaces");
                        }
                    } else if (name.equals("If-Match")) {
                        int kind = random.nextInt(3);
                        if (kind > 0) {
                            attempt.headers.put(name, kind == 1 ? "\"0\"" : "\"" + random.nextInt(5) + "\"");
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (i >= 3 && random.nextInt(12) == 0) {
            attempt.headers.put("Accept", "text/csv");
        }
        JsonNode body = spec.path("requestBody").path("content");
        if (body.has("multipart/form-data")) {
            attempt.file = i < 3 || random.nextBoolean() ? tinyPng() : "not a picture".getBytes(StandardCharsets.UTF_8);
        } else if (body.has("application/json")) {
            attempt.body = body(body.path("application/json").path("schema"), i);
            if (i >= 3 && random.nextInt(10) == 0) {
                attempt.contentType = "text/plain";
            }
        }
        attempt.headers.put("X-Forwarded-For", client);
        return attempt;
    }

    private String token(JsonNode spec, int i) {
        JsonNode security = spec.path("security");
        boolean secured = security.isArray() && security.size() > 0;
        int kind = i < 3 ? 0 : random.nextInt(8);
        if (kind == 1) {
            return null;
        }
        if (kind == 2) {
            return "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."; // alg none: refused everywhere
        }
        if (!secured) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        security.get(0).path("bearer").forEach(role -> roles.add(role.asText()));
        if (roles.isEmpty()) {
            return Tokens.schoolDemo();
        }
        if (kind == 3) {
            // Someone of a role the operation does not list (when there is one).
            for (Map.Entry<String, String> user : new TreeMap<>(USER_OF_ROLE).entrySet()) {
                if (!roles.contains(user.getKey())) {
                    return Tokens.of(user.getValue());
                }
            }
        }
        return Tokens.of(USER_OF_ROLE.get(roles.get(random.nextInt(roles.size()))));
    }

    private String valid(JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.path("example").asText();
        }
        JsonNode schema = ContractCheck.resolve(parameter.path("schema"));
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size())).asText();
        }
        String type = type(schema);
        return switch (type) {
            case "integer" -> Long.toString(schema.has("minimum") && schema.path("minimum").asLong() > 1
                    ? schema.path("minimum").asLong() + random.nextInt(3) : 1 + random.nextInt(40));
            case "boolean" -> Boolean.toString(random.nextBoolean());
            case "string" -> "date".equals(schema.path("format").asText()) ? "2026-11-30" : "焊工";
            default -> "1";
        };
    }

    private String invalid(JsonNode schema) {
        List<String> candidates = List.of("-1", "0", "99999999999999999999", "abc", "４", "1.5", "true", "",
                "x".repeat(300), "%00", "' OR 1=1 --", "2026-02-30", "<script>", "../../etc/passwd", "😀");
        return candidates.get(random.nextInt(candidates.size()));
    }

    private String body(JsonNode schema, int i) {
        JsonNode example = example(schema);
        if (i < 3 || example == null) {
            return example == null ? "{}" : example.toString();
        }
        int kind = random.nextInt(9);
        if (kind == 0) {
            return "{";
        }
        if (kind == 1) {
            return "[]";
        }
        if (kind == 2) {
            return "{}";
        }
        if (!(example instanceof ObjectNode object) || object.isEmpty()) {
            return example.toString();
        }
        ObjectNode changed = object.deepCopy();
        List<String> fields = new ArrayList<>();
        changed.fieldNames().forEachRemaining(fields::add);
        String field = fields.get(random.nextInt(fields.size()));
        switch (kind) {
            case 3 -> changed.remove(field);
            case 4 -> changed.putNull(field);
            case 5 -> changed.put(field, "x".repeat(5000));
            case 6 -> changed.put(field, 5.7);
            case 7 -> changed.set(field, JSON.arrayNode().add(1));
            default -> changed.put(field, -1);
        }
        return changed.toString() + (random.nextInt(20) == 0 ? " trailing" : "");
    }

    private JsonNode example(JsonNode schema) {
        JsonNode resolved = ContractCheck.resolve(schema);
        JsonNode examples = resolved.path("examples");
        JsonNode example = examples instanceof ArrayNode array && !array.isEmpty() ? array.get(0)
                : resolved.path("example");
        if (example.isMissingNode() || example.isNull()) {
            return null;
        }
        if (example.isTextual()) {
            try {
                return new ObjectMapper().readTree(example.asText());
            } catch (Exception notJson) {
                return example;
            }
        }
        return example;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            Iterator<JsonNode> types = type.elements();
            while (types.hasNext()) {
                String each = types.next().asText();
                if (!each.equals("null")) {
                    return each;
                }
            }
        }
        return type.asText("string");
    }

    private static byte[] tinyPng() {
        return Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
                + "60e6kgAAAABJRU5ErkJggg==");
    }

    /** A generated request, printed as a curl-like line when it goes wrong. */
    private static final class Attempt {
        final String method;
        final String template;
        final Map<String, String> path = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String token;
        String body;
        String contentType = "application/json";
        byte[] file;

        Attempt(String method, String template) {
            this.method = method;
            this.template = template;
        }

        Response send() {
            RequestSpecification request = given().config(RestAssuredConfig.config().encoderConfig(
                    EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
            request.pathParams(path).queryParams(query).headers(headers);
            if (token != null) {
                request.auth().oauth2(token);
            }
            if (file != null) {
                request.multiPart("file", "evidence.png", file, "image/png");
            } else if (body != null) {
                request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
            }
            return request.request(method, template);
        }

        @Override
        public String toString() {
            return method + " " + template + " path=" + path + " query=" + query + " headers=" + headers.keySet()
                    + (token == null ? "" : " token") + (body == null ? "" : " body=" + body);
        }
    }
}
