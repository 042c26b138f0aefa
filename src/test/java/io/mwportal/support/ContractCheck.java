package io.mwportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every response the suite sees to {@code openapi/openapi.yaml}: each API request of every {@code @QuarkusTest}
 * passes through this filter, and a status the operation does not list explicitly (the {@code default} response
 * does not count), a media type it does not declare for that status, or a header it declares as required but did
 * not send, or a JSON body that does not match the documented schema, fails the test that made the request. Observed operation/status pairs are written to
 * {@code target/contract/observed-pairs.txt}. {@code -Dcontract.check=record} only records (to measure a contract).
 */
public class ContractCheck implements OrderedFilter, QuarkusTestBeforeEachCallback {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    private static final Path OBSERVED = Path.of("target/contract/observed-pairs.txt");
    private static final String WRITTEN = "mwportal.contract.observed-written";
    private static final Set<String> OBSERVED_PAIRS = ConcurrentHashMap.newKeySet();
    private static final Set<String> VIOLATIONS = ConcurrentHashMap.newKeySet();
    private static volatile List<Operation> operations;
    private static volatile JsonNode document;
    private static volatile SchemaRegistry schemas;
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final String DOCUMENT_IRI = "https://contract.mwportal.test/openapi.json";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ContractCheck::writeObserved));
    }

    public record Operation(String method, String template, Pattern path, JsonNode spec) {
        public String name() {
            return method + " " + template;
        }
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(f -> f.getClass().getName().equals(ContractCheck.class.getName()))) {
            RestAssured.filters(new ContractCheck());
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = request.getDerivedPath();
        if (path != null && path.indexOf('?') >= 0) {
            path = path.substring(0, path.indexOf('?'));
        }
        if (path == null || !path.startsWith("/api/")) {
            return response;
        }
        Operation operation = find(request.getMethod(), path);
        if (operation == null) {
            // No such operation (an unknown path, or a method the path does not have: 404/405 from the framework).
            return response;
        }
        List<String> problems = check(operation, response);
        String status = Integer.toString(response.statusCode());
        OBSERVED_PAIRS.add(operation.name() + " " + status);
        if (!problems.isEmpty()) {
            String message = operation.name() + " answered " + status + ": " + String.join("; ", problems);
            VIOLATIONS.add(message);
            if (!"record".equals(System.getProperty("contract.check"))) {
                throw new AssertionError("Contract (openapi/openapi.yaml) broken: " + message);
            }
        }
        return response;
    }

    static List<String> check(Operation operation, Response response) {
        List<String> problems = new ArrayList<>();
        String status = Integer.toString(response.statusCode());
        JsonNode documented = operation.spec().path("responses").path(status);
        if (documented.isMissingNode()) {
            problems.add("status not documented");
            return problems;
        }
        String contentType = response.contentType();
        boolean hasBody = contentType != null && !contentType.isEmpty() && response.asByteArray().length > 0;
        if (hasBody) {
            String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            JsonNode content = documented.path("content");
            if (!content.has(mediaType) && !content.has("*/*")) {
                List<String> declared = new ArrayList<>();
                content.fieldNames().forEachRemaining(declared::add);
                problems.add("media type " + mediaType + " not documented (documented: " + declared + ")");
            }
        }
        if (hasBody && isJson(contentType)) {
            String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            String pointer = "/paths/" + escape(operation.template()) + "/" + operation.method().toLowerCase(Locale.ROOT)
                    + "/responses/" + status + "/content/" + escape(mediaType) + "/schema";
            if (!documented.path("content").path(mediaType).path("schema").isMissingNode()) {
                List<com.networknt.schema.Error> errors = schema(pointer).validate(readJson(response));
                errors.stream().limit(5).forEach(e -> problems.add("body " + e.getInstanceLocation() + ": " + e.getMessage()));
            }
        }
        Iterator<String> headers = documented.path("headers").fieldNames();
        while (headers.hasNext()) {
            String header = headers.next();
            if (resolve(documented.path("headers").path(header)).path("required").asBoolean(false)
                    && response.header(header) == null) {
                problems.add("required header " + header + " missing");
            }
        }
        return problems;
    }

    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/json") || type.startsWith("application/problem+json");
    }

    private static JsonNode readJson(Response response) {
        try {
            return new ObjectMapper().readTree(response.asByteArray());
        } catch (IOException e) {
            return new ObjectMapper().getNodeFactory().textNode("(not JSON) " + response.asString());
        }
    }

    /** JSON pointer escaping (RFC 6901) of one reference token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The schema at a JSON pointer into the contract; its {@code $ref}s resolve within the contract. */
    private static Schema schema(String pointer) {
        return SCHEMAS.computeIfAbsent(pointer, p -> schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
    }

    /** Every schema example of the contract that does not match its own schema, as "Schema /path: message". */
    public static List<String> examplesNotMatchingTheirSchema() {
        operations();
        List<String> problems = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            for (JsonNode example : schema.getValue().path("examples")) {
                JsonNode value = example;
                if (example.isTextual() && example.asText().trim().startsWith("{")) {
                    try {
                        value = new ObjectMapper().readTree(example.asText());
                    } catch (IOException notJson) {
                        problems.add(schema.getKey() + ": example is not JSON");
                        continue;
                    }
                }
                schema("/components/schemas/" + escape(schema.getKey())).validate(value).forEach(error -> problems
                        .add(schema.getKey() + " " + error.getInstanceLocation() + ": " + error.getMessage()));
            }
        });
        return problems;
    }

    /** Follows a local {@code $ref} ("#/components/headers/ETag") within the contract. */
    public static JsonNode resolve(JsonNode node) {
        operations();
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (String segment : ref.substring(2).split("/")) {
            target = target.path(segment);
        }
        return target;
    }

    private static Operation find(String method, String path) {
        for (Operation operation : operations()) {
            if (operation.method().equals(method) && operation.path().matcher(path).matches()) {
                return operation;
            }
        }
        return null;
    }

    private static List<Operation> operations() {
        List<Operation> loaded = operations;
        if (loaded == null) {
            loaded = load(CONTRACT);
            operations = loaded;
        }
        return loaded;
    }

    public static List<Operation> load(Path contract) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(contract.toFile());
            document = root;
            String json = new ObjectMapper().writeValueAsString(root);
            schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemas(Map.of(DOCUMENT_IRI, json)));
            List<Operation> loaded = new ArrayList<>();
            root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
                    loaded.add(new Operation(method, path.getKey(), Pattern.compile(regex), op.getValue()));
                }
            }));
            // A literal segment wins over a template one (/residence-permits/verifications before /{number}).
            loaded.sort(Comparator.comparingLong(o -> o.template().chars().filter(c -> c == '{').count()));
            return List.copyOf(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes what this class loader saw, merged with what others of the same test JVM wrote (a test profile reloads
     * this class); the first writer of a JVM starts the file afresh.
     */
    private static void writeObserved() {
        if (OBSERVED_PAIRS.isEmpty()) {
            return; // a JVM that made no API request (unit tests, mutation testing) leaves the file alone
        }
        // Shutdown hooks of several class loaders run at once: one JVM-wide monitor keeps their writes apart.
        synchronized (System.getProperties()) {
            writeObservedPairs();
        }
    }

    private static void writeObservedPairs() {
        try {
            Files.createDirectories(OBSERVED.getParent());
            Set<String> pairs = new TreeSet<>(OBSERVED_PAIRS);
            Set<String> violations = new TreeSet<>(VIOLATIONS);
            if (System.getProperty(WRITTEN) != null && Files.exists(OBSERVED)) {
                boolean pairsPart = true;
                for (String line : Files.readAllLines(OBSERVED, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#")) {
                        pairsPart = false;
                    } else if (!line.isEmpty()) {
                        (pairsPart ? pairs : violations).add(line);
                    }
                }
            }
            System.setProperty(WRITTEN, "true");
            List<String> lines = new ArrayList<>(pairs);
            if (!violations.isEmpty()) {
                lines.add("# not in the contract:");
                lines.addAll(violations);
            }
            Files.write(OBSERVED, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Could not write " + OBSERVED + ": " + e);
        }
    }
}
