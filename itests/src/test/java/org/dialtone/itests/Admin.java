package org.dialtone.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** The initial admin of the distribution under test: REST calls over HTTPS and shell commands, as a user makes them. */
final class Admin {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEALTH = "/api/v1/system/health";
    private static final Duration START_UP = Duration.ofSeconds(90);

    final Https https;
    final String password;
    private final SessionFactory sessions;

    private Admin(Https https, String password, SessionFactory sessions) {
        this.https = https;
        this.password = password;
        this.sessions = sessions;
    }

    /** Once the server answers: the services behind the API register moments after the database is up (503 until then). */
    static Admin connect(SessionFactory sessions) throws Exception {
        Https https = new Https(DialtoneOptions.HTTPS_PORT);
        String password = Https.adminPassword();
        https.await(HEALTH, "admin", password, 200, START_UP);
        for (String path : List.of("/api/v1/devices?limit=1", "/api/v1/profiles?limit=1", "/api/v1/deployment/global/profiles")) {
            https.await(path, "admin", password, 200, START_UP);
        }
        return new Admin(https, password, sessions);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String uniqueMac() {
        return "0004f2" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    /** The body, once the status is the expected one (the failure shows the body). */
    JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }

    /** {@code path} below {@code /api/v1}. */
    HttpResponse<String> call(String method, String path, String contentType, String body) throws Exception {
        return https.send(method, "/api/v1" + path, "admin", password, contentType, body);
    }

    JsonNode get(String path) throws Exception {
        return json(call("GET", path, null, null), 200);
    }

    /** A user-defined profile with these name/value pairs; its id. */
    long profile(String name, String... pairs) throws Exception {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.append(i == 0 ? "" : ",").append("{\"name\":\"").append(pairs[i]).append("\",\"value\":\"").append(pairs[i + 1]).append("\"}");
        }
        return json(call("POST", "/profiles", "application/json", "{\"name\":\"" + name + "\",\"attributes\":[" + attributes + "]}"), 201)
                .get("id").asLong();
    }

    /** Sets a container's profiles ({@code global}, {@code site/7}, {@code model/VVX 411}, ...), in priority order. */
    JsonNode deploy(String container, long... profileIds) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (long id : profileIds) {
            ids.append(ids.length() == 0 ? "" : ",").append(id);
        }
        return json(call("PUT", "/deployment/" + container + "/profiles", "application/json", "{\"profileIds\":[" + ids + "]}"), 200);
    }

    /** Global's profile ids as they are now, to put back with {@link #deploy} in a test's {@code finally}. */
    long[] globalProfiles() throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        get("/deployment/global/profiles").forEach(p -> ids.add(p.get("id").asLong()));
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    static JsonNode attribute(JsonNode config, String name) {
        for (JsonNode a : config.get("attributes")) {
            if (a.get("name").asText().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** A shell command as the admin; what it printed. */
    String execute(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("admin"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
