package io.mwportal.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.platform.error.Problem;
import io.mwportal.platform.idempotency.IdempotencyService;

/**
 * Writes into the contract what the platform does the same way on every operation (docs/api.md, "The contract"), so
 * that each operation lists every status it can answer and the headers that come with it, and no resource has to
 * repeat them. What an operation answers follows from its shape:
 * <ul>
 * <li>a creating POST (it takes {@code Idempotency-Key}) answers 201 with {@code Location} (or the 202 it declares),
 * 409 (the same key in flight, or a duplicate), 422 (the key reused with another body) and 428 (no key);</li>
 * <li>{@code If-Match} brings 412 and 409 (a concurrent writer); a case or state action ({@code /actions/}) 409 (not
 * allowed now) and 422 (a rule refused it); a request body 400, 413, 415 and 422; any parameter 400;</li>
 * <li>a path with an identifier 404 (also someone else's case); a secured operation 401 and 403; every operation
 * 401 (a bad token is refused even where none is needed), 406 and 503 with {@code Retry-After};</li>
 * <li>an anonymous GET is public data: {@code ETag} and 304 on {@code If-None-Match}.</li>
 * </ul>
 * Every error response is {@code application/problem+json} with the {@code Problem} schema; {@code default} covers the
 * 500 that should never happen. Statuses an operation adds on its own (429) are declared on it and completed here.
 * Tests hold every response of the suite to the result ({@code ContractCheck}).
 */
public class ContractConventions implements OASFilter {

    /** Marks an operation that needs no login although its class requires a role (the generator keeps the role). */
    public static final String ANONYMOUS = "x-anonymous";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String HEADERS = "#/components/headers/";
    private static final String CORS_ORIGIN = "Access-Control-Allow-Origin";

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();
    private static final Map<String, String> ROLE_NAMES = Map.of("worker", "workers", "job-center", "job centres",
            "training-officer", "training officers", "labour-inspector", "labour inspectors", "legal-aid-officer",
            "legal-aid officers", "residence-officer", "residence (police) officers", "analyst", "analysts", "admin",
            "administrators");

    static {
        ERRORS.put("400", "Bad request: malformed JSON, a value of the wrong type, a field that failed validation "
                + "(`errors[]` names it) or a parameter that cannot be read (`INVALID_PARAMETER`)");
        ERRORS.put("401", "No valid access token (`UNAUTHENTICATED`); a token that fails verification is refused "
                + "on every operation");
        ERRORS.put("403", "The caller's role may not do this (`FORBIDDEN`)");
        ERRORS.put("404", "No such resource, or one the caller may not see (someone else's case is a 404)");
        ERRORS.put("406", "None of the media types in `Accept` can be produced (`NOT_ACCEPTABLE`)");
        ERRORS.put("409", "Conflicts with the current state: an action not allowed now (`allowedActions` lists "
                + "those that are), a duplicate, a concurrent change (`CONCURRENT_MODIFICATION`) or the same "
                + "Idempotency-Key still in flight (`IDEMPOTENCY_IN_PROGRESS`, with Retry-After)");
        ERRORS.put("412", "`If-Match` does not name the current version (`PRECONDITION_FAILED`): read it again");
        ERRORS.put("413", "The request body is larger than the portal accepts (`PAYLOAD_TOO_LARGE`)");
        ERRORS.put("415", "The request body's media type is not accepted (`UNSUPPORTED_MEDIA_TYPE`)");
        ERRORS.put("422", "Well-formed but refused by a rule (`code` says which; `errors[]` names fields), or an "
                + "Idempotency-Key reused with another body (`IDEMPOTENCY_KEY_REUSED`)");
        ERRORS.put("428", "The request needs an `Idempotency-Key` header (`IDEMPOTENCY_KEY_REQUIRED`)");
        ERRORS.put("429", "Too many requests from this client (`RATE_LIMITED`); retry after `Retry-After` seconds");
        ERRORS.put("503", "The database is unavailable for a moment (`SERVICE_UNAVAILABLE`); retry after "
                + "`Retry-After` seconds");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addComponents(openAPI.getComponents());
        // Relative to where the document is served; the API is public (third-party apps and the mini-program call
        // it), not an internal one.
        openAPI.setServers(List.of(OASFactory.createServer().url("/").addExtension("x-internal", false)));
        if (openAPI.getPaths() == null) {
            return;
        }
        addResponseExamples(openAPI.getComponents());
        Map<String, String> pages = namePages(openAPI.getComponents());
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                complete(path.getKey(), operation.getKey(), operation.getValue());
                renameRefs(operation.getValue(), pages);
            }
        }
    }

    /**
     * An example for each schema a response names, from {@code openapi-examples/<Schema>.json} on the class path
     * (written from real answers of the test suite; a test checks each against its schema). Request bodies carry
     * theirs in their {@code @Schema(examples = ...)}.
     */
    private static void addResponseExamples(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (Map.Entry<String, Schema> schema : components.getSchemas().entrySet()) {
            try (InputStream example = loader.getResourceAsStream("openapi-examples/" + schema.getKey() + ".json")) {
                if (example != null && schema.getValue().getExamples() == null) {
                    schema.getValue().setExamples(List.of(json.readValue(example, Object.class)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("openapi-examples/" + schema.getKey() + ".json", e);
            }
        }
    }

    /**
     * The generator names the page of each item type {@code Page1}, {@code Page2}...: a generated client would too.
     * They become {@code PageOfWageComplaintSummary} and so on; returns the old reference → the new one.
     */
    private static Map<String, String> namePages(Components components) {
        Map<String, String> renamed = new LinkedHashMap<>();
        if (components.getSchemas() == null) {
            return renamed;
        }
        Map<String, Schema> schemas = new TreeMap<>();
        for (Map.Entry<String, Schema> entry : components.getSchemas().entrySet()) {
            String name = entry.getKey();
            Schema items = entry.getValue().getProperties() == null ? null
                    : entry.getValue().getProperties().get("items");
            if (name.matches("Page\\d*") && items != null && items.getItems() != null
                    && items.getItems().getRef() != null) {
                String item = items.getItems().getRef().substring(items.getItems().getRef().lastIndexOf('/') + 1);
                renamed.put("#/components/schemas/" + name, "#/components/schemas/PageOf" + item);
                name = "PageOf" + item;
            }
            schemas.put(name, entry.getValue());
        }
        components.setSchemas(schemas);
        return renamed;
    }

    private static void renameRefs(Operation operation, Map<String, String> renamed) {
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            if (response.getContent() != null) {
                response.getContent().getMediaTypes().values().forEach(media -> {
                    if (media.getSchema() != null && renamed.containsKey(media.getSchema().getRef())) {
                        media.getSchema().setRef(renamed.get(media.getSchema().getRef()));
                    }
                });
            }
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getOperationId() == null) {
            operation.setOperationId(operationId(path, method));
        }
        boundIdentifiers(operation);
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean anonymous = operation.getExtensions() != null && operation.getExtensions().containsKey(ANONYMOUS);
        if (anonymous) {
            operation.removeExtension(ANONYMOUS);
            operation.setSecurity(new ArrayList<>());
            responses.removeAPIResponse("403");
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        describeWho(operation, secured);
        boolean creates = hasHeader(operation, IdempotencyService.HEADER);
        boolean ifMatch = hasHeader(operation, "If-Match");
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean action = path.contains("/actions/");
        boolean identified = path.contains("{");
        boolean publicRead = method == PathItem.HttpMethod.GET && !secured;
        boolean rateLimited = responses.getAPIResponse("429") != null;

        if (creates && responses.getAPIResponse("200") != null && !hasOtherSuccess(responses)) {
            responses.addAPIResponse("201", responses.getAPIResponse("200").description("Created"));
            responses.removeAPIResponse("200");
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            String status = response.getKey();
            APIResponse success = response.getValue();
            if (status.equals("201") && creates) {
                header(success, "Location", true);
            }
            if (status.startsWith("2") && (ifMatch || creates || identified || publicRead)) {
                header(success, "ETag", false);
            }
            if (creates && (status.equals("201") || status.equals("202"))) {
                header(success, IdempotencyService.REPLAYED_HEADER, false);
            }
            if (rateLimited && (status.startsWith("2") || status.equals("429"))) {
                header(success, RateLimiter.STATE_HEADER, false);
                header(success, RateLimiter.POLICY_HEADER, false);
            }
        }
        if (publicRead) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: `If-None-Match` names the current ETag").addHeader("ETag",
                            ref("ETag")));
        }
        List<String> errors = new ArrayList<>();
        if (parameters || body) {
            errors.add("400");
        }
        errors.add("401");
        if (secured) {
            errors.add("403");
        }
        if (identified) {
            errors.add("404");
        }
        errors.add("406");
        if (creates || ifMatch || action || method == PathItem.HttpMethod.PUT) {
            errors.add("409");
        }
        if (ifMatch) {
            errors.add("412");
        }
        if (body) {
            errors.add("413");
            errors.add("415");
        }
        if (body || creates || action) {
            errors.add("422");
        }
        if (creates) {
            errors.add("428");
        }
        errors.add("503");
        for (String status : errors) {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse());
            }
        }
        // Complete every error response, including those an operation declared itself (429), and the default.
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            String status = response.getKey();
            if (status.startsWith("4") || status.startsWith("5")) {
                problem(response.getValue(), ERRORS.getOrDefault(status, "Error"));
                if (status.equals("429") || status.equals("503")) {
                    header(response.getValue(), "Retry-After", true);
                }
                if (status.equals("409") && creates) {
                    header(response.getValue(), "Retry-After", false);
                }
            }
        }
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse());
        }
        problem(responses.getDefaultValue(), "Unexpected error (500): `incidentId` identifies it in the logs; "
                + "nothing internal is shown");
        responses.getAPIResponses().values().forEach(response -> header(response, CORS_ORIGIN, false));
        header(responses.getDefaultValue(), CORS_ORIGIN, false);
    }

    /**
     * A name for generated clients, from the method and the path: {@code GET /api/v1/wage-complaints} is
     * {@code listWageComplaints}, {@code GET .../{trackingNumber}} {@code getWageComplaint}, a POST to a collection
     * {@code create...}, a PUT {@code update...}, {@code POST .../{id}/actions/{action}} {@code actOn...} and
     * {@code POST .../actions/publish} {@code publish...}. An operation may name itself instead
     * ({@code @Operation(operationId = ...)}); a test keeps them unique.
     */
    static String operationId(String path, PathItem.HttpMethod method) {
        List<String> segments = new ArrayList<>(List.of(path.replaceFirst("^/api/v1/", "").split("/")));
        String verb;
        int last = segments.size() - 1;
        if (segments.size() >= 2 && segments.get(last - 1).equals("actions")) {
            verb = segments.get(last).startsWith("{") ? "actOn" : camel(segments.get(last), false);
            segments = segments.subList(0, last - 1);
        } else if (method == PathItem.HttpMethod.GET) {
            String noun = segments.get(last);
            verb = noun.startsWith("{") || !noun.endsWith("s") || noun.endsWith("ss") ? "get" : "list";
        } else if (method == PathItem.HttpMethod.POST) {
            verb = "create";
        } else if (method == PathItem.HttpMethod.PUT) {
            verb = "update";
        } else {
            verb = method.name().toLowerCase(Locale.ROOT);
        }
        StringBuilder name = new StringBuilder(verb);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{")) {
                continue;
            }
            boolean lastNoun = segments.subList(i + 1, segments.size()).stream().allMatch(s -> s.startsWith("{"));
            boolean singular = !lastNoun || !verb.equals("list");
            name.append(camel(singular ? singular(segment) : segment, true));
        }
        return name.toString();
    }

    private static String singular(String segment) {
        if (segment.endsWith("ies")) {
            return segment.substring(0, segment.length() - 3) + "y";
        }
        return segment.endsWith("s") && !segment.endsWith("ss") ? segment.substring(0, segment.length() - 1) : segment;
    }

    private static String camel(String segment, boolean capitalised) {
        StringBuilder out = new StringBuilder();
        for (String word : segment.split("-")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 && !capitalised ? word : Character.toUpperCase(word.charAt(0))
                        + word.substring(1));
            }
        }
        return out.toString();
    }

    /** The security requirement in words, at the end of the description (generated clients show it). */
    private static void describeWho(Operation operation, boolean secured) {
        String who;
        if (!secured) {
            who = "Anyone; no token needed.";
        } else {
            List<String> roles = operation.getSecurity().get(0).getScheme("bearer");
            who = roles == null || roles.isEmpty() ? "Any valid token; the operation checks the caller further."
                    : "Roles: " + String.join(", ", roles.stream().map(role -> ROLE_NAMES.getOrDefault(role, role)
                            + " (`" + role + "`)").toList()) + ".";
        }
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? who : description + "\n\n" + who);
    }

    /**
     * A numeric path parameter without bounds of its own is a database identifier: a positive 64-bit (or 32-bit)
     * integer. Anything else cannot name a resource (400 or 404, both documented).
     */
    private static void boundIdentifiers(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (parameter.getIn() == Parameter.In.PATH && schema != null && schema.getType() != null
                    && schema.getType().contains(Schema.SchemaType.INTEGER) && schema.getMaximum() == null) {
                schema.minimum(schema.getMinimum() == null ? BigDecimal.ONE : schema.getMinimum()).maximum(
                        BigDecimal.valueOf("int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean hasOtherSuccess(APIResponses responses) {
        return responses.getAPIResponses().keySet().stream().anyMatch(s -> s.startsWith("2") && !s.equals("200"));
    }

    private static void problem(APIResponse response, String description) {
        if (response.getDescription() == null || response.getDescription().isEmpty()) {
            response.description(description);
        }
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
    }

    private static void header(APIResponse response, String name, boolean required) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header header = ref(name);
            response.addHeader(name, required ? OASFactory.createHeader().ref(HEADERS + name + "Required") : header);
        }
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(HEADERS + name);
    }

    private static void addComponents(Components components) {
        stringHeader(components, "Location", "Absolute URL of the created resource");
        stringHeader(components, "ETag", "Entity tag: strong, the version, on a single resource (send it back in "
                + "`If-Match` to update); weak, a hash of the body, on a public read (send it in `If-None-Match` to "
                + "revalidate)");
        stringHeader(components, IdempotencyService.REPLAYED_HEADER, "`true` when this is the stored first response "
                + "to the same Idempotency-Key (nothing was created again)");
        stringHeader(components, RateLimiter.POLICY_HEADER, "The client's quota and window in seconds (IETF draft "
                + "RateLimit header fields), e.g. `\"wage-reports\";q=10;w=3600`");
        stringHeader(components, RateLimiter.STATE_HEADER, "What is left of the quota and the seconds until the "
                + "window resets, e.g. `\"wage-reports\";r=7;t=1800`");
        stringHeader(components, CORS_ORIGIN, "Sent when the request's `Origin` is one of the configured front ends "
                + "(CORS)");
        components.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)));
        for (String name : List.of("Location", "Retry-After")) {
            Header header = components.getHeaders().get(name);
            components.addHeader(name + "Required", OASFactory.createHeader().description(header.getDescription())
                    .schema(header.getSchema()).required(true));
        }
        components.addSchema("FieldError", object(Map.of(
                "field", string("JSON path or parameter name", "employer.creditCode"),
                "code", string("Stable code of the rule that failed", "UNIFIED_SOCIAL_CREDIT_CODE"),
                "message", string("Translated message", "统一社会信用代码不正确（18 位，校验位不符）"))));
        components.addSchema("Problem", object(Map.of(
                "type", string("Problem type URI", "/problems/validation-failed"),
                "title", string("Translated title", "请求参数不正确"),
                "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).examples(List.of(400)),
                "detail", string("Translated explanation", "有字段未通过校验，详见 errors。"),
                "instance", string("Path of the request", "/api/v1/wage-complaints"),
                "code", string("Stable problem code to switch on", "VALIDATION_FAILED"),
                "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")),
                "allowedActions", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("For a refused case action: the actions allowed now")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING)),
                "window", object(Map.of(
                        "opensOn", date("First day the request is allowed"),
                        "closesOn", date("Last day the request is allowed")))
                        .description("For a request refused as too early or too late: when it is allowed"),
                "incidentId", string("On 500: quote it when reporting the error", null)))
                .required(List.of("type", "title", "status", "code")));
    }

    private static void stringHeader(Components components, String name, String description) {
        components.addHeader(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    private static Schema object(Map<String, Schema> properties) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> schema.addProperty(e.getKey(), e.getValue()));
        return schema;
    }

    private static Schema date(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date").description(description);
    }

    private static Schema string(String description, String example) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
        return example == null ? schema : schema.examples(List.of(example));
    }
}
