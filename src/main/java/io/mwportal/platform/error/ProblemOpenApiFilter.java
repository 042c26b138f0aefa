package io.mwportal.platform.error;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the error format on every operation: a {@code default} response of {@code application/problem+json}
 * with the {@code Problem} schema (RFC 9457 plus {@code code}, {@code errors[]}, {@code allowedActions},
 * {@code incidentId}), so that client generators know what a 4xx or 5xx carries.
 */
public class ProblemOpenApiFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponse("default") == null) {
            operation.getResponses().addAPIResponse("default", OASFactory.createAPIResponse()
                    .description("Error: application/problem+json (Chinese by default; Accept-Language: en for English)")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
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
                "incidentId", string("On 500: quote it when reporting the error", null))));
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
