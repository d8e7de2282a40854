package org.dialtone.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dialtone.api.security.Role;
import org.dialtone.api.security.RoleMatrix;
import org.junit.Test;

/** Accounts, roles and API tokens (issue 20), on H2 and on PostgreSQL. */
public class AccountsIT extends OnTheServer {
    @javax.inject.Inject
    @org.ops4j.pax.exam.util.Filter("(osgi.jndi.service.name=dialtone)")
    protected javax.sql.DataSource dataSource;
    private static final String JSON = "application/json";
    private static final String NOWHERE = "999999999";

    private long account(String name, String role, String password) throws Exception {
        return admin.json(admin.call("POST", "/accounts", JSON, "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"password\":\""
                + password + "\",\"email\":\"" + name + "@example.com\"}"), 201).get("id").asLong();
    }

    /** A password that does not contain the account's name (the rule). */
    private static String reversed(String name) {
        return new StringBuilder(name).reverse().toString();
    }

    private HttpResponse<String> as(String name, String password, String method, String path, String body) throws Exception {
        return https.send(method, "/api/v1" + path, name, password, body == null ? null : JSON, body);
    }

    @Test
    public void anOperatorWorksOnDevicesButNotOnSettingsOrAccounts() throws Exception {
        String name = Admin.unique("op");
        String secret = "Operator-pass-" + reversed(name);
        long id = account(name, "OPERATOR", secret);
        try {
            assertEquals("password", admin.json(admin.call("POST", "/accounts", JSON, "{\"name\":\"" + Admin.unique("short")
                    + "\",\"role\":\"VIEWER\",\"password\":\"short\"}"), 400).get("field").asText());
            assertEquals("the name is taken in any case", 409, admin.call("POST", "/accounts", JSON, "{\"name\":\"" + name.toUpperCase()
                    + "\",\"role\":\"VIEWER\",\"password\":\"Another-pass-123\"}").statusCode());

            HttpResponse<String> profile = as(name, secret, "POST", "/profiles", "{\"name\":\"" + Admin.unique("by-operator") + "\",\"attributes\":[]}");
            assertEquals(profile.body(), 201, profile.statusCode());
            assertEquals(name, admin.JSON.readTree(profile.body()).get("modifiedBy").asText());
            assertEquals(200, as(name, secret, "GET", "/provisioning/settings", null).statusCode());
            HttpResponse<String> settings = as(name, secret, "PUT", "/provisioning/settings", "{\"hostName\":\"evil.example.com\"}");
            assertEquals(settings.body(), 403, settings.statusCode());
            assertTrue(settings.body(), settings.body().contains("may see but not change settings"));
            assertEquals(403, as(name, secret, "GET", "/accounts", null).statusCode());

            JsonNode me = admin.json(as(name, secret, "GET", "/account", null), 200);
            assertEquals("OPERATOR", me.get("account").get("role").asText());
            assertEquals("the sign-in was recorded", "127.0.0.1", me.get("account").get("lastSignInAddress").asText());
            assertEquals("READ", me.get("access").get("SETTINGS").asText());

            assertEquals(204, as(name, secret, "PUT", "/account/preferences/devices.columns", "{\"value\":\"[\\\"name\\\",\\\"mac\\\"]\"}").statusCode());
            assertEquals("[\"name\",\"mac\"]", admin.json(as(name, secret, "GET", "/account/preferences/devices.columns", null), 200).get("value").asText());
            assertTrue("another account keeps its own", admin.get("/account/preferences/devices.columns").get("value").isNull());
            assertEquals("key", admin.json(as(name, secret, "PUT", "/account/preferences/Not%20A%20Key", "{\"value\":\"x\"}"), 400).get("field").asText());

            String changed = "Changed-pass-" + reversed(name);
            assertEquals("currentPassword", admin.json(as(name, secret, "PUT", "/account/password",
                    "{\"currentPassword\":\"wrong\",\"newPassword\":\"" + changed + "\"}"), 400).get("field").asText());
            assertEquals(204, as(name, secret, "PUT", "/account/password", "{\"currentPassword\":\"" + secret + "\",\"newPassword\":\"" + changed + "\"}")
                    .statusCode());
            assertEquals("the old password is refused at once", 401, as(name, secret, "GET", "/account", null).statusCode());
            assertEquals(200, as(name, changed, "GET", "/account", null).statusCode());

            assertFalse(admin.json(admin.call("PUT", "/accounts/" + id, JSON, "{\"enabled\":false}"), 200).get("enabled").asBoolean());
            assertEquals("a disabled account cannot sign in", 401, as(name, changed, "GET", "/account", null).statusCode());

            String reset = admin.execute("dialtone:account-password " + name);
            java.util.regex.Matcher given = java.util.regex.Pattern.compile("The new password of " + name + " is (\\S+)").matcher(reset);
            assertTrue(reset, given.find());
            assertEquals("the way back in: a new password, the account enabled", 200, as(name, given.group(1), "GET", "/account", null).statusCode());
            String listed = admin.execute("dialtone:account-list " + name);
            assertTrue(listed, listed.contains(name) && listed.contains("OPERATOR"));
        } finally {
            admin.call("DELETE", "/accounts/" + id, null, null);
        }
        assertEquals(404, admin.call("GET", "/accounts/" + id, null, null).statusCode());
    }

    /** Issue 20: an operator limited to a site sees and acts on that site's devices only, with its password and its tokens. */
    @Test
    public void aSiteLimitedOperatorSeesAndActsOnItsSitesDevicesOnly() throws Exception {
        String tag = Admin.unique("scoped");
        long mine = admin.json(admin.call("POST", "/sites", JSON, "{\"name\":\"" + tag + "-mine\"}"), 201).get("id").asLong();
        long other = admin.json(admin.call("POST", "/sites", JSON, "{\"name\":\"" + tag + "-other\"}"), 201).get("id").asLong();
        long here = device(tag + "-here", mine);
        long there = device(tag + "-there", other);
        String name = "op-" + tag;
        String secret = "Scoped-pass-" + reversed(name);
        assertEquals("siteIds", admin.json(admin.call("POST", "/accounts", JSON, "{\"name\":\"" + name + "\",\"role\":\"ADMIN\",\"password\":\""
                + secret + "\",\"siteIds\":[" + mine + "]}"), 400).get("field").asText());
        assertEquals("siteIds", admin.json(admin.call("POST", "/accounts", JSON, "{\"name\":\"" + name + "\",\"role\":\"OPERATOR\",\"password\":\""
                + secret + "\",\"siteIds\":[" + NOWHERE + "]}"), 400).get("field").asText());
        JsonNode account = admin.json(admin.call("POST", "/accounts", JSON, "{\"name\":\"" + name + "\",\"role\":\"OPERATOR\",\"password\":\""
                + secret + "\",\"siteIds\":[" + mine + "]}"), 201);
        assertTrue(account.get("siteLimited").asBoolean());
        assertEquals("[" + mine + "]", account.get("siteIds").toString());
        long adminTask = admin.json(admin.call("POST", "/tasks", JSON, "{\"type\":\"reboot\",\"targets\":[{\"kind\":\"device\",\"id\":" + there
                + "}],\"runAt\":\"" + Instant.now().plus(Duration.ofDays(1)) + "\"}"), 201).get("id").asLong();
        try {
            JsonNode listed = admin.json(as(name, secret, "GET", "/devices?q=" + tag, null), 200);
            assertEquals(listed.toString(), 1, listed.get("total").asInt());
            assertEquals(here, listed.get("items").get(0).get("id").asLong());
            String csv = as(name, secret, "GET", "/devices/export?q=" + tag, null).body();
            assertTrue(csv, csv.contains(tag + "-here") && !csv.contains(tag + "-there"));
            assertEquals(200, as(name, secret, "GET", "/devices/" + here, null).statusCode());
            assertEquals("another site's device is not there for it", 404, as(name, secret, "GET", "/devices/" + there, null).statusCode());
            assertEquals(404, as(name, secret, "PUT", "/devices/" + there, "{\"description\":\"mine now\"}").statusCode());
            assertEquals(200, as(name, secret, "PUT", "/devices/" + here, "{\"description\":\"checked\"}").statusCode());
            assertEquals(404, as(name, secret, "GET", "/devices/" + there + "/effective-config", null).statusCode());

            JsonNode sites = admin.json(as(name, secret, "GET", "/sites?q=" + tag, null), 200);
            assertEquals(sites.toString(), 1, sites.get("total").asInt());
            assertEquals(404, as(name, secret, "GET", "/sites/" + other, null).statusCode());
            assertEquals(403, as(name, secret, "POST", "/sites", "{\"name\":\"" + tag + "-new\"}").statusCode());

            assertEquals("targets[0].id", admin.json(as(name, secret, "POST", "/tasks", "{\"type\":\"reboot\",\"targets\":[{\"kind\":\"device\",\"id\":"
                    + there + "}]}"), 400).get("field").asText());
            HttpResponse<String> group = as(name, secret, "POST", "/tasks", "{\"type\":\"reboot\",\"targets\":[{\"kind\":\"group\",\"id\":1}]}");
            assertEquals(group.body(), 403, group.statusCode());
            long own = admin.json(as(name, secret, "POST", "/tasks", "{\"type\":\"reboot\",\"targets\":[{\"kind\":\"site\",\"id\":" + mine
                    + "}],\"runAt\":\"" + Instant.now().plus(Duration.ofDays(1)) + "\"}"), 201).get("id").asLong();
            String tasks = as(name, secret, "GET", "/tasks?limit=100", null).body();
            assertTrue(tasks, tasks.contains("\"id\":" + own + ",") && !tasks.contains("\"id\":" + adminTask + ","));
            assertEquals("another account's task is not there for it", 404, as(name, secret, "GET", "/tasks/" + adminTask, null).statusCode());
            assertEquals(404, as(name, secret, "POST", "/tasks/" + adminTask + "/cancel", null).statusCode());
            assertEquals(204, as(name, secret, "DELETE", "/tasks/" + own, null).statusCode());

            assertEquals(404, as(name, secret, "GET", "/deployment/device/" + there + "/profiles", null).statusCode());
            assertEquals(200, as(name, secret, "GET", "/deployment/site/" + mine + "/profiles", null).statusCode());
            assertEquals("a group spans sites", 403, as(name, secret, "GET", "/deployment/group/1/profiles", null).statusCode());
            assertEquals(200, as(name, secret, "GET", "/profiles?limit=1", null).statusCode());
            assertEquals("the catalogues shared by every site are read only", 403, as(name, secret, "POST", "/profiles",
                    "{\"name\":\"" + tag + "\",\"attributes\":[]}").statusCode());
            assertEquals(403, as(name, secret, "GET", "/activity", null).statusCode());
            assertEquals(403, as(name, secret, "GET", "/devices/summary", null).statusCode());
            JsonNode me = admin.json(as(name, secret, "GET", "/account", null), 200);
            assertEquals("NONE", me.get("access").get("ACTIVITY").asText());
            assertEquals("READ", me.get("access").get("PROFILES").asText());

            String token = admin.json(as(name, secret, "POST", "/account/tokens", "{\"label\":\"site script\",\"role\":\"VIEWER\",\"expiresInDays\":1}"), 201)
                    .get("secret").asText();
            HttpResponse<String> byToken = https.bearer("GET", "/api/v1/devices?q=" + tag, token, null, null);
            assertEquals("a token of the account is limited to its sites too", 1, admin.JSON.readTree(byToken.body()).get("total").asInt());
            assertEquals(404, https.bearer("GET", "/api/v1/devices/" + there, token, null, null).statusCode());

            assertEquals(204, admin.call("DELETE", "/sites/" + mine, null, null).statusCode());
            JsonNode none = admin.json(as(name, secret, "GET", "/devices?q=" + tag, null), 200);
            assertEquals("its site removed, it reaches none rather than every site: " + none, 0, none.get("total").asInt());
            JsonNode widened = admin.json(admin.call("PUT", "/accounts/" + account.get("id").asLong(), JSON, "{\"siteIds\":[]}"), 200);
            assertFalse(widened.get("siteLimited").asBoolean());
            assertEquals("an admin's edit opens every site again", 2, admin.json(as(name, secret, "GET", "/devices?q=" + tag, null), 200)
                    .get("total").asInt());
        } finally {
            admin.call("DELETE", "/accounts/" + account.get("id").asLong(), null, null);
            admin.call("DELETE", "/tasks/" + adminTask, null, null);
            admin.call("DELETE", "/sites/" + other, null, null);
            admin.call("DELETE", "/sites/" + mine, null, null);
        }
    }

    /** A device at a site: its site is what the phone's address matched, set here as if it had. */
    private long device(String name, long site) throws Exception {
        long id = admin.json(admin.call("POST", "/devices", JSON, "{\"type\":\"VVX\",\"model\":\"VVX 410\",\"mac\":\"" + Admin.uniqueMac()
                + "\",\"name\":\"" + name + "\"}"), 201).get("id").asLong();
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement st = c.prepareStatement("UPDATE device SET site_id = ? WHERE id = ?")) {
            st.setLong(1, site);
            st.setLong(2, id);
            assertEquals(1, st.executeUpdate());
        }
        assertEquals(site, admin.get("/devices/" + id).get("siteId").asLong());
        return id;
    }

    /** Issue 20: SSH signs in against the database's accounts: an admin with its password, an operator not at all. */
    @Test
    public void anAdminReachesTheShellOverSshWithItsDatabasePasswordAndAnOperatorDoesNot() throws Exception {
        String name = Admin.unique("ssh-op");
        String secret = "Ssh-op-pass-" + reversed(name);
        long id = account(name, "OPERATOR", secret);
        try (org.apache.sshd.client.SshClient client = org.apache.sshd.client.SshClient.setUpDefaultClient()) {
            client.start();
            try (org.apache.sshd.client.session.ClientSession session = ssh(client, "admin", password)) {
                String listed = session.executeRemoteCommand("dialtone:account-list " + name);
                assertTrue(listed, listed.contains(name) && listed.contains("OPERATOR"));
            }
            try (org.apache.sshd.client.session.ClientSession session = ssh(client, "admin", "not-" + password)) {
                throw new AssertionError("a wrong password opened the shell");
            } catch (org.apache.sshd.common.SshException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().toLowerCase(java.util.Locale.ROOT).contains("auth"));
            }
            try (org.apache.sshd.client.session.ClientSession session = ssh(client, name, secret)) {
                throw new AssertionError("an operator opened the shell, which is the admins' alone");
            } catch (org.apache.sshd.common.SshException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().toLowerCase(java.util.Locale.ROOT).contains("auth"));
            }
        } finally {
            admin.call("DELETE", "/accounts/" + id, null, null);
        }
    }

    private static org.apache.sshd.client.session.ClientSession ssh(org.apache.sshd.client.SshClient client, String user, String secret)
            throws java.io.IOException {
        org.apache.sshd.client.session.ClientSession session = client.connect(user, "localhost", 18101).verify(Duration.ofSeconds(15)).getSession();
        try {
            session.addPasswordIdentity(secret);
            session.auth().verify(Duration.ofSeconds(15));
            return session;
        } catch (java.io.IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    @Test
    public void theLastAdminStays() throws Exception {
        JsonNode admins = admin.get("/accounts?q=admin").get("items");
        long adminId = -1;
        for (JsonNode a : admins) {
            if (a.get("name").asText().equals("admin")) {
                adminId = a.get("id").asLong();
            }
        }
        assertTrue("the first admin moved from users.properties to the database: " + admins, adminId > 0);
        HttpResponse<String> demoted = admin.call("PUT", "/accounts/" + adminId, JSON, "{\"role\":\"VIEWER\"}");
        assertEquals(demoted.body(), 409, demoted.statusCode());
        assertTrue(demoted.body(), demoted.body().contains("last enabled admin"));
        assertEquals(409, admin.call("DELETE", "/accounts/" + adminId, null, null).statusCode());
    }

    @Test
    public void aTokenActsWithItsRoleUntilRevokedAndItsUseIsAudited() throws Exception {
        String name = Admin.unique("scripter");
        String secret = "Scripter-pass-" + reversed(name);
        long id = account(name, "OPERATOR", secret);
        try {
            assertEquals("role", admin.json(as(name, secret, "POST", "/account/tokens", "{\"label\":\"too much\",\"role\":\"ADMIN\",\"expiresInDays\":1}"), 400)
                    .get("field").asText());
            assertEquals("expiresAt", admin.json(as(name, secret, "POST", "/account/tokens", "{\"label\":\"past\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}"), 400)
                    .get("field").asText());
            JsonNode created = admin.json(as(name, secret, "POST", "/account/tokens", "{\"label\":\"nightly export\",\"expiresInDays\":30}"), 201);
            String token = created.get("secret").asText();
            assertTrue(token, token.startsWith("dt_"));
            assertEquals("OPERATOR", created.get("token").get("role").asText());
            String listed = as(name, secret, "GET", "/account/tokens", null).body();
            assertTrue(listed, listed.contains("nightly export"));
            assertFalse("a token's secret is shown once only: " + listed, listed.contains(token));

            String group = Admin.unique("by-token");
            HttpResponse<String> write = https.bearer("POST", "/api/v1/profiles", token, JSON, "{\"name\":\"" + group + "\",\"attributes\":[]}");
            assertEquals(write.body(), 201, write.statusCode());
            assertEquals(name + " (token nightly export)", admin.JSON.readTree(write.body()).get("modifiedBy").asText());
            Eventually.holds(Duration.ofSeconds(10), () -> {
                JsonNode activity = admin.get("/activity?actor=" + java.net.URLEncoder.encode(name + " (token nightly export)", "UTF-8"));
                assertTrue("the activity log names the token: " + activity, activity.get("items").size() > 0);
            });
            assertEquals("a token cannot make tokens", 400, https.bearer("POST", "/api/v1/account/tokens", token, JSON,
                    "{\"label\":\"more\",\"expiresInDays\":1}").statusCode());

            JsonNode viewer = admin.json(as(name, secret, "POST", "/account/tokens", "{\"label\":\"dashboard\",\"role\":\"VIEWER\",\"expiresInDays\":1}"), 201);
            String viewing = viewer.get("secret").asText();
            assertEquals(200, https.bearer("GET", "/api/v1/devices?limit=1", viewing, null, null).statusCode());
            assertEquals("a viewer token reads only", 403, https.bearer("POST", "/api/v1/device-groups", viewing, JSON, "{\"name\":\"x\"}").statusCode());

            assertEquals(204, as(name, secret, "DELETE", "/account/tokens/" + created.get("token").get("id").asLong(), null).statusCode());
            HttpResponse<String> revoked = https.bearer("GET", "/api/v1/devices?limit=1", token, null, null);
            assertEquals(revoked.body(), 401, revoked.statusCode());
            assertEquals(401, https.bearer("GET", "/api/v1/devices?limit=1", "dt_" + "x".repeat(43), null, null).statusCode());

            JsonNode brief = admin.json(as(name, secret, "POST", "/account/tokens", "{\"label\":\"brief\",\"expiresAt\":\""
                    + Instant.now().plusSeconds(3) + "\"}"), 201);
            assertEquals(200, https.bearer("GET", "/api/v1/account", brief.get("secret").asText(), null, null).statusCode());
            Eventually.holds(Duration.ofSeconds(15), () -> assertEquals("an expired token is refused", 401,
                    https.bearer("GET", "/api/v1/account", brief.get("secret").asText(), null, null).statusCode()));
        } finally {
            admin.call("DELETE", "/accounts/" + id, null, null);
        }
    }

    /** While the accounts cannot be read (a store restart, the database away) a sign-in is a 503 to retry, not a wrong password. */
    @Test
    public void whileTheAccountsAreAwayASignInIsToBeRetriedNotRefused() throws Exception {
        org.osgi.framework.Bundle accounts = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "org.dialtone.dialtone-accounts".equals(b.getSymbolicName())).findFirst().orElseThrow();
        String name = Admin.unique("away");
        accounts.stop();
        try {
            HttpResponse<String> basic = https.get("/api/v1/account", name, "Not-checked-" + reversed(name));
            assertEquals(basic.body(), 503, basic.statusCode());
            assertEquals("5", basic.headers().firstValue("Retry-After").orElse(null));
            assertTrue(basic.body(), basic.body().contains("accounts service is not running"));
            HttpResponse<String> token = https.bearer("GET", "/api/v1/account", "dt_" + "x".repeat(43), null, null);
            assertEquals(token.body(), 503, token.statusCode());
        } finally {
            accounts.start();
        }
        Eventually.holds(Duration.ofSeconds(60), () -> assertEquals("signed in again once the accounts are back", 200,
                https.get("/api/v1/account", "admin", password).statusCode()));
        assertEquals("once they are back, an unknown account is refused as before", 401,
                https.get("/api/v1/account", name, "Not-checked-" + reversed(name)).statusCode());
    }

    /**
     * Every operation of the OpenAPI description: 401 without credentials, 403 for a role the matrix refuses, and for a
     * role it allows neither of those nor a 5xx. Writes the matrix allows are sent to ids no row has, or without a
     * body, so they change nothing.
     */
    @Test
    public void everyOperationFollowsTheRoleMatrix() throws Exception {
        String suffix = Admin.unique("m");
        Map<Role, String[]> accounts = Map.of(Role.OPERATOR, new String[] {"op-" + suffix, "Matrix-op-" + reversed(suffix)},
                Role.VIEWER, new String[] {"view-" + suffix, "Matrix-view-" + reversed(suffix)});
        List<Long> ids = new ArrayList<>();
        for (Map.Entry<Role, String[]> a : accounts.entrySet()) {
            ids.add(account(a.getValue()[0], a.getKey().name(), a.getValue()[1]));
        }
        long site = admin.json(admin.call("POST", "/sites", JSON, "{\"name\":\"matrix-" + suffix + "\"}"), 201).get("id").asLong();
        String[] limited = {"site-op-" + suffix, "Matrix-site-" + reversed(suffix)};
        ids.add(admin.json(admin.call("POST", "/accounts", JSON, "{\"name\":\"" + limited[0] + "\",\"role\":\"OPERATOR\",\"password\":\""
                + limited[1] + "\",\"siteIds\":[" + site + "]}"), 201).get("id").asLong());
        List<String> wrong = new ArrayList<>();
        try {
            JsonNode paths = admin.get("/openapi.json").get("paths");
            int operations = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                String concrete = path.getKey().replaceAll("\\{[^}]+}", NOWHERE);
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next().toUpperCase();
                    if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                        continue;
                    }
                    operations++;
                    String what = method + " " + path.getKey();
                    int anonymous = https.send(method, "/api/v1" + concrete, null, null, null, null).statusCode();
                    if (anonymous != 401) {
                        wrong.add(what + " without credentials answered " + anonymous);
                    }
                    RoleMatrix.Area area = area(path.getKey());
                    boolean write = !method.equals("GET") && !path.getKey().equals("/profiles/parse-config");
                    for (Map.Entry<Role, String[]> a : accounts.entrySet()) {
                        boolean allowed = RoleMatrix.allows(a.getKey(), area, write);
                        if (allowed && write && (concrete.equals(path.getKey()) || area == RoleMatrix.Area.OWN_ACCOUNT)) {
                            // An allowed write on a path without an id could change something real: its refusals are what is checked.
                            continue;
                        }
                        int status = as(a.getValue()[0], a.getValue()[1], method, concrete, null).statusCode();
                        if (allowed ? status == 401 || status == 403 || status >= 500 : status != 403) {
                            wrong.add(what + " as " + a.getKey() + " (" + area + (write ? " write" : " read") + ") answered " + status);
                        }
                    }
                    boolean reachable = RoleMatrix.allows(Role.OPERATOR, area, write, true) && siteScoped(what);
                    if (!(reachable && write && (concrete.equals(path.getKey()) || area == RoleMatrix.Area.OWN_ACCOUNT))) {
                        int status = as(limited[0], limited[1], method, concrete, null).statusCode();
                        if (reachable ? status == 401 || status == 403 || status >= 500 : status != 403) {
                            wrong.add(what + " as an operator limited to a site (" + area + (write ? " write" : " read") + ") answered " + status);
                        }
                    }
                }
            }
            assertTrue("the description lists the API: " + operations, operations > 80);
        } finally {
            for (long id : ids) {
                admin.call("DELETE", "/accounts/" + id, null, null);
            }
            admin.call("DELETE", "/sites/" + site, null, null);
        }
        assertEquals(String.join("\n", wrong), List.of(), wrong);
    }

    /**
     * What an account limited to some sites may call (each keeps it to its sites' devices); every other operation
     * refuses it. The resources mark these {@code @SiteScoped}; the test holds them to this list.
     */
    private static boolean siteScoped(String operation) {
        String[] method = operation.split(" ", 2);
        String path = method[1];
        if (path.startsWith("/account/") || path.equals("/account") || path.startsWith("/system") || path.equals("/openapi.json")
                || path.startsWith("/device-types") || path.startsWith("/devices/{id}/files") || path.equals("/devices/{id}/effective-config")) {
            return true;
        }
        return List.of("GET /devices", "GET /devices/export", "POST /devices/refresh", "GET /devices/{id}", "PUT /devices/{id}",
                "DELETE /devices/{id}", "POST /devices/{id}/actions/{action}", "GET /devices/{id}/status", "POST /devices/{id}/status/refresh",
                "GET /devices/{id}/parameters", "POST /devices/{id}/screen-capture", "POST /devices/{id}/configurations",
                "POST /devices/{id}/packet-captures", "GET /devices/{id}/packet-captures", "POST /devices/{id}/packet-captures/stop",
                "POST /devices/{id}/packet-captures/cancel", "DELETE /devices/{id}/api-certificate", "DELETE /devices/{id}/provisioning-account",
                "GET /devices/{id}/groups", "GET /devices/{id}/attributes", "GET /sites", "GET /sites/{id}", "GET /profiles", "GET /profiles/{id}",
                "GET /device-groups", "GET /device-groups/{id}", "GET /software/images", "GET /software/images/{id}", "GET /tasks", "POST /tasks",
                "GET /tasks/{id}", "GET /tasks/{id}/sub-tasks", "PUT /tasks/{id}", "DELETE /tasks/{id}", "POST /tasks/{id}/cancel",
                "GET /devices/{id}/tasks", "GET /deployment/{type}/{key}/profiles", "PUT /deployment/{type}/{key}/profiles",
                "GET /deployment/{type}/{key}/devices").contains(operation);
    }

    /** The matrix's area of a path, as its resource declares it; the test holds resources to these. */
    private static RoleMatrix.Area area(String path) {
        String[][] prefixes = {{"/accounts", "ACCOUNTS"}, {"/account", "OWN_ACCOUNT"}, {"/activity", "ACTIVITY"}, {"/alerts", "MONITORING"},
                {"/metrics", "MONITORING"}, {"/deployment", "DEPLOYMENT"}, {"/directory", "DEPLOYMENT"}, {"/devices/{id}/effective-config", "PROFILES"},
                {"/devices", "DEVICES"}, {"/device-types", "DEVICES"}, {"/imports", "DEVICES"}, {"/device-groups", "GROUPS"},
                {"/profiles", "PROFILES"}, {"/schema", "PROFILES"}, {"/provisioning", "SETTINGS"}, {"/resources", "FILES"}, {"/files", "FILES"},
                {"/sites", "SITES"}, {"/software", "SOFTWARE"}, {"/system", "SYSTEM"}, {"/openapi.json", "SYSTEM"}, {"/tasks", "TASKS"},
                {"/tls", "CERTIFICATES"}};
        for (String[] prefix : prefixes) {
            if (path.equals(prefix[0]) || path.startsWith(prefix[0] + "/") || path.startsWith(prefix[0] + "?")) {
                return RoleMatrix.Area.valueOf(prefix[1]);
            }
        }
        throw new AssertionError("no area for " + path + ": add it here and a @Guarded to its resource");
    }
}
