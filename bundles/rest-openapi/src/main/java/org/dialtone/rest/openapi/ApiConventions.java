package org.dialtone.rest.openapi;

import io.swagger.v3.core.filter.AbstractSpecFilter;
import io.swagger.v3.core.model.ApiDescription;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.dialtone.api.inventory.ImportSeparator;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.profiles.ApplyChoice;

/**
 * What every operation of the REST API shares, applied to the generated description so that no resource has to
 * repeat it: the resources read parameters as text (a bad value is a 400 naming it), and this types them for clients.
 * Paging, ids and the shared choices (order, separator, apply) are typed here, from the values the API itself accepts;
 * every operation gets the problem+json answers its shape can give.
 */
public final class ApiConventions extends AbstractSpecFilter {
    private static final Pattern ID = Pattern.compile("id|[a-z][A-Za-z]*Id");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final String PROBLEMS = "#/components/responses/";

    private static final Map<String, Supplier<Schema<?>>> SHARED = Map.of(
            "offset", () -> new IntegerSchema().minimum(BigDecimal.ZERO)._default(0)
                    .description("How many items to skip"),
            "limit", () -> new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                    ._default(PageRequest.DEFAULT_LIMIT).description("At most this many items in the page"),
            "order", () -> choice(List.of("asc", "desc")).description("Sort order, ascending by default"),
            "separator", () -> choice(names(ImportSeparator.values()))
                    .description("The CSV field separator; detected from the header line when absent"),
            "apply", () -> choice(names(ApplyChoice.Mode.values()))._default("next-poll")
                    .description("When affected devices get the change: now, at applyAt, or at their next poll"),
            "applyAt", () -> new DateTimeSchema().description("With apply=scheduled: when, as ISO-8601 such as 2026-12-01T03:00:00Z"));

    @Override
    public Optional<Operation> filterOperation(Operation operation, ApiDescription api, Map<String, List<String>> params,
                                               Map<String, String> cookies, Map<String, List<String>> headers) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((code, response) -> {
            if ("default response".equals(response.getDescription())) {
                response.setDescription("OK");
            }
        });
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().setRequired(true);
            operation.getRequestBody().getContent().forEach((type, media) -> {
                if (!type.contains("json")) {
                    media.setSchema(new BinarySchema());
                }
            });
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            problem(responses, "400", "BadRequest");
        }
        problem(responses, "401", "Unauthorized");
        problem(responses, "403", "Forbidden");
        if (api.getPath().contains("{")) {
            problem(responses, "404", "NotFound");
        }
        if (!"GET".equalsIgnoreCase(api.getMethod())) {
            problem(responses, "409", "Conflict");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "413", "PayloadTooLarge");
            problem(responses, "415", "UnsupportedMediaType");
        }
        problem(responses, "429", "TooManyRequests");
        problem(responses, "503", "ServiceUnavailable");
        return Optional.of(operation);
    }

    @Override
    public Optional<Parameter> filterParameter(Parameter parameter, Operation operation, ApiDescription api,
                                               Map<String, List<String>> params, Map<String, String> cookies,
                                               Map<String, List<String>> headers) {
        Schema<?> typed = parameter.getSchema();
        if (typed != null && typed.getEnum() != null && typed.getEnum().stream().allMatch(v -> CONSTANT.matcher(String.valueOf(v)).matches())) {
            StringSchema spelled = choice(typed.getEnum().stream().map(v -> spelled(String.valueOf(v))).toList());
            spelled.setDescription(typed.getDescription());
            parameter.setSchema(spelled);
            return Optional.of(parameter);
        }
        if (!isPlainText(typed)) {
            return Optional.of(parameter);
        }
        Supplier<Schema<?>> shared = SHARED.get(parameter.getName());
        if (shared != null && "query".equals(parameter.getIn())) {
            Schema<?> schema = shared.get();
            if (parameter.getDescription() == null) {
                parameter.setDescription(schema.getDescription());
            }
            schema.setDescription(null);
            parameter.setSchema(schema);
        } else if (ID.matcher(parameter.getName()).matches()) {
            parameter.setSchema(new IntegerSchema().format("int64").minimum(BigDecimal.ONE));
        }
        if (parameter.getDescription() == null && "path".equals(parameter.getIn()) && "id".equals(parameter.getName())) {
            parameter.setDescription("The " + thing(api.getPath()) + "'s id");
        } else if (parameter.getDescription() == null && "q".equals(parameter.getName())) {
            parameter.setDescription("Text to search for, in any case; the operation's description says where");
        }
        return Optional.of(parameter);
    }

    /** What {@code /{id}} names in a path: the segment before it, singular ({@code /device-groups/{id}}: device group). */
    static String thing(String path) {
        String[] segments = path.substring(0, path.indexOf("/{id}")).split("/");
        String plural = segments[segments.length - 1];
        return plural.substring(0, plural.length() - (plural.endsWith("s") ? 1 : 0)).replace('-', ' ');
    }

    /** A parameter no resource typed: the plain string swagger gives a {@code String} argument. */
    private static boolean isPlainText(Schema<?> schema) {
        return schema != null && "string".equals(schema.getType()) && schema.getFormat() == null && schema.getEnum() == null
                && schema.get$ref() == null;
    }

    private static void problem(ApiResponses responses, String code, String name) {
        responses.putIfAbsent(code, new ApiResponse().$ref(PROBLEMS + name));
    }

    private static StringSchema choice(List<String> values) {
        StringSchema schema = new StringSchema();
        schema.setEnum(values);
        return schema;
    }

    /** Enum constants as the API spells them (every parser here also takes the constant's own name). */
    static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> spelled(c.name())).toList();
    }

    private static String spelled(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
