package org.dialtone.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.Test;

/** The OpenAPI document this build generated, read as a client generator reads it. */
public class ApiDescriptionTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern TYPED_BY_CONVENTION = Pattern.compile("offset|limit|id|[a-z][A-Za-z]*Id|order|separator|apply");
    private static JsonNode document;

    @BeforeClass
    public static void read() throws IOException {
        Path generated = Path.of("target", "openapi", "openapi.json");
        assertTrue(generated.toAbsolutePath() + " is missing: swagger-maven-plugin writes it in the compile phase", Files.isRegularFile(generated));
        document = new ObjectMapper().readTree(generated.toFile());
    }

    private interface OperationCheck {
        void check(String path, String method, JsonNode operation, List<String> problems);
    }

    private static List<String> everyOperation(OperationCheck check) {
        List<String> problems = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                check.check(path.getKey(), op.getKey().toUpperCase(), op.getValue(), problems);
            }
        }));
        return problems;
    }

    @Test
    public void everyOperationHasASummaryAnOperationIdNamedForItAndADeclaredTag() {
        Set<String> tags = new HashSet<>();
        document.get("tags").forEach(tag -> {
            tags.add(tag.get("name").asText());
            assertTrue("tag " + tag + " needs a description", tag.hasNonNull("description"));
        });
        Map<String, String> ids = new HashMap<>();
        List<String> problems = everyOperation((path, method, op, out) -> {
            String where = method + " " + path;
            if (!op.hasNonNull("summary")) {
                out.add(where + ": no summary");
            }
            String id = op.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z]+")) {
                out.add(where + ": operationId '" + id + "' is not a name such as listSites (swagger numbers clashing method names)");
            }
            String other = ids.put(id, where);
            if (other != null) {
                out.add(where + " and " + other + " share operationId " + id);
            }
            if (!op.has("tags") || op.get("tags").isEmpty()) {
                out.add(where + ": no tag");
            } else {
                op.get("tags").forEach(tag -> {
                    if (!tags.contains(tag.asText())) {
                        out.add(where + ": tag " + tag + " is not declared in openapi-base.yaml");
                    }
                });
            }
        });
        assertEquals(String.join("\n", problems), List.of(), problems);
        assertTrue("the API has its operations, not a handful: " + ids.size(), ids.size() > 100);
    }

    @Test
    public void pagingIdsAndChoicesAreTypedNotPlainText() {
        List<String> problems = everyOperation((path, method, op, out) -> op.path("parameters").forEach(parameter -> {
            String name = parameter.get("name").asText();
            JsonNode schema = parameter.get("schema");
            if (TYPED_BY_CONVENTION.matcher(name).matches() && "string".equals(schema.path("type").asText()) && !schema.has("enum")) {
                out.add(method + " " + path + ": parameter " + name + " is plain text");
            }
        }));
        assertEquals(String.join("\n", problems), List.of(), problems);
        JsonNode limit = parameter("/devices", "get", "limit");
        assertEquals("integer", limit.path("schema").path("type").asText());
        assertEquals(500, limit.path("schema").path("maximum").asInt());
        JsonNode sort = parameter("/devices", "get", "sort");
        assertTrue("the device list's sort names its columns as the API spells them: " + sort,
                sort.path("schema").path("enum").toString().contains("\"software-version\""));
        JsonNode id = parameter("/sites/{id}", "get", "id");
        assertEquals("int64", id.path("schema").path("format").asText());
    }

    @Test
    public void everyParameterSaysWhatItIs() {
        List<String> problems = everyOperation((path, method, op, out) -> op.path("parameters").forEach(parameter -> {
            if (parameter.path("description").asText("").isBlank()) {
                out.add(method + " " + path + ": parameter " + parameter.get("name").asText() + " has no description");
            }
        }));
        assertEquals(String.join("\n", problems), List.of(), problems);
        assertEquals("The device group's id", parameter("/device-groups/{id}", "get", "id").path("description").asText());
        assertEquals("the deployment targets are a choice", "[\"site\",\"model\",\"group\",\"device\",\"user\",\"user-group\"]",
                parameter("/deployment/{type}/{key}/profiles", "get", "type").path("schema").path("enum").toString());
    }

    @Test
    public void whatEveryInstanceCarriesIsRequired() {
        assertTrue("a site always has its id", document.at("/components/schemas/Site/required").toString().contains("\"id\""));
        assertEquals("a subnet's mask length must be sent", "[\"maskLength\"]", document.at("/components/schemas/PublicSubnet/required").toString());
        assertTrue("a site's name may be absent in an answer's schema", !document.at("/components/schemas/Site/required").toString().contains("\"name\""));
    }

    @Test
    public void everyOperationDescribesItsAnswerAndItsProblems() {
        String problem = "#/components/schemas/Problem";
        assertEquals(problem, document.at("/components/responses/BadRequest/content/application~1problem+json/schema/$ref").asText());
        List<String> problems = everyOperation((path, method, op, out) -> {
            String where = method + " " + path;
            JsonNode responses = op.get("responses");
            List<String> codes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(codes::add);
            if (codes.stream().noneMatch(code -> code.startsWith("2"))) {
                out.add(where + ": no 2xx answer, only " + codes);
            }
            if (codes.contains("default")) {
                out.add(where + ": a 'default' answer (set the code with @ApiResponse)");
            }
            if (!responses.has("401") || !responses.has("403")) {
                out.add(where + ": 401 and 403 are not described");
            }
            if ((op.has("requestBody") || op.path("parameters").size() > 0) && !responses.has("400")) {
                out.add(where + ": takes input but describes no 400");
            }
            responses.properties().stream().filter(answer -> answer.getKey().startsWith("2")).forEach(answer ->
                    answer.getValue().path("content").properties().stream().filter(media -> !media.getValue().has("schema"))
                            .forEach(media -> out.add(where + ": its " + answer.getKey() + " " + media.getKey() + " body has no schema")));
        });
        assertEquals(String.join("\n", problems), List.of(), problems);
        assertEquals("a create answers 201 with what it made", "#/components/schemas/Site",
                document.at("/paths/~1sites/post/responses/201/content/application~1json/schema/$ref").asText());
        assertTrue("a delete answers 204", document.at("/paths/~1sites~1{id}/delete/responses").has("204"));
    }

    @Test
    public void noTwoPathsCanBeTheSameUrl() {
        List<String[]> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(path -> paths.add(path.substring(1).split("/")));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (ambiguous(paths.get(i), paths.get(j))) {
                    problems.add("/" + String.join("/", paths.get(i)) + " and /" + String.join("/", paths.get(j)));
                }
            }
        }
        assertEquals("a URL matching both of these is routed to one, and a client cannot tell which:\n" + String.join("\n", problems),
                List.of(), problems);
        assertTrue(ambiguous("tasks/device/{deviceId}".split("/"), "tasks/{id}/cancel".split("/")));
        assertTrue(ambiguous("software/images/{id}".split("/"), "software/images/{name}".split("/")));
    }

    @Test
    public void uploadsAreBinaryAndBodiesRequired() {
        JsonNode body = document.at("/paths/~1software~1packages~1{name}/put/requestBody");
        assertTrue(body.path("required").asBoolean());
        assertEquals("binary", body.path("content").path("*/*").path("schema").path("format").asText());
        assertTrue("the hidden old upload path is not described", document.at("/paths/~1software~1images~1{name}").isMissingNode());
    }

    /** Both templates match a URL and neither path is more literal everywhere. */
    static boolean ambiguous(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        boolean aMoreLiteral = false;
        boolean bMoreLiteral = false;
        for (int i = 0; i < a.length; i++) {
            boolean aTemplate = a[i].startsWith("{");
            boolean bTemplate = b[i].startsWith("{");
            if (!aTemplate && !bTemplate && !a[i].equals(b[i])) {
                return false;
            }
            aMoreLiteral |= bTemplate && !aTemplate;
            bMoreLiteral |= aTemplate && !bTemplate;
        }
        return aMoreLiteral == bMoreLiteral;
    }

    private static JsonNode parameter(String path, String method, String name) {
        for (JsonNode parameter : document.get("paths").get(path).get(method).get("parameters")) {
            if (name.equals(parameter.get("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError(method + " " + path + " has no parameter " + name);
    }
}
