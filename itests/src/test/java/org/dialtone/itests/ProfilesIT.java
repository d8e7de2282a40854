package org.dialtone.itests;

import static org.dialtone.itests.Admin.attribute;
import static org.dialtone.itests.Admin.unique;
import static org.dialtone.itests.Admin.uniqueMac;
import static org.dialtone.itests.Admin.JSON;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.Test;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.ops4j.pax.exam.util.Filter;

/** Configuration profiles, deployment and effective configurations through the REST API of the distribution. */
public class ProfilesIT extends OnTheServer {
    @Inject
    @Filter("(osgi.jndi.service.name=dialtone)")
    DataSource dataSource;

    private static final String CFG = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<polycomConfig xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"polycomConfig.xsd\">\n"
            + "  <call call.autoAnswer.SIP=\"0\" call.callsPerLineKey=\"24\"/>\n"
            + "  <reg reg.1.label=\"Front &amp; desk\" reg.1.address=\"\"/>\n"
            + "</polycomConfig>\n";

    /** The effective configuration once {@code condition} holds; other writers' changes reach the cache within a poll. */
    private JsonNode effectiveWhen(long device, java.util.function.Predicate<JsonNode> condition) throws Exception {
        JsonNode[] config = new JsonNode[1];
        Eventually.holds(java.time.Duration.ofSeconds(10), () -> {
            config[0] = admin.get("/devices/" + device + "/effective-config");
            assertTrue("effective configuration never met the condition: " + config[0], condition.test(config[0]));
        });
        return config[0];
    }

    @Test
    public void profilesAtEveryLevelResolveByPriorityWithTheirExplanation() throws Exception {
        String tag = unique("P");
        long fromCfg = admin.json(admin.call("POST", "/profiles/import-config?name=" + tag + "-cfg", "application/xml", CFG), 201).get("id").asLong();
        JsonNode imported = admin.get("/profiles/" + fromCfg).get("attributes");
        assertEquals(4, imported.size());
        assertEquals("reg.1.label", imported.get(2).get("name").asText());
        assertEquals("Front & desk", imported.get(2).get("value").asText());
        long site = admin.profile(tag + "-site", "call.autoAnswer.SIP", "1", "tone.ringer", "site");
        long model = admin.profile(tag + "-model", "tone.ringer", "model", "up.screenSaver", "model");
        long group = admin.profile(tag + "-group", "up.screenSaver", "group", "feature.x", "group");
        long device = admin.profile(tag + "-device", "CONFIG_FILES", "https://files.example.com/${mac_address}/extra.cfg");

        String mac = uniqueMac();
        String csv = "mac_address,endpoint_type,endpoint_name,reg.1.address\n" + mac + ",VVX," + tag + ",1001\n";
        admin.json(admin.call("POST", "/devices/import", "text/csv", csv), 200);
        long id = admin.get("/devices?q=" + mac).get("items").get(0).get("id").asLong();
        long siteId = admin.get("/devices/" + id).get("siteId").asLong();
        // A real model (deploying takes only models an installed driver knows) that no other test's device has.
        String modelName = "VVX1500";
        long groupId = admin.json(admin.call("POST", "/device-groups", "application/json", "{\"name\":\"" + tag + "-g\"}"), 201).get("id").asLong();
        // The model container is keyed by the model name; a CSV-imported device has none until it connects.
        connectedAs(id, modelName);

        long[] globalBefore = admin.globalProfiles();
        admin.deploy("global", fromCfg);
        try {
            resolvesAtEveryLevel(tag, mac, id, siteId, modelName, groupId, site, model, group, device);
        } finally {
            admin.deploy("global", globalBefore);
            admin.deploy("model/VVX1500");
        }
    }

    private void resolvesAtEveryLevel(String tag, String mac, long id, long siteId, String modelName, long groupId,
                                      long site, long model, long group, long device) throws Exception {
        admin.deploy("site/" + siteId, site);
        JsonNode unknown = admin.json(admin.call("PUT", "/deployment/model/" + tag + "-VVX-999/profiles", "application/json",
                "{\"profileIds\":[" + model + "]}"), 400);
        assertEquals("model", unknown.get("field").asText());
        JsonNode nowhere = admin.json(admin.call("PUT", "/deployment/building/" + siteId + "/profiles", "application/json",
                "{\"profileIds\":[" + site + "]}"), 400);
        assertEquals("the refusal names the path's part at fault", "type", nowhere.get("field").asText());
        // The display name names the model its devices report (VVX1500).
        admin.deploy("model/VVX%201500", model);
        admin.deploy("group/" + groupId, group);
        JsonNode changed = admin.deploy("device/" + id, device);
        assertEquals(1, changed.get("deviceCount").asInt());
        assertEquals("NEXT_POLL", changed.get("apply").get("mode").asText());
        JsonNode joined = admin.json(admin.call("POST", "/device-groups/" + groupId + "/devices", "application/json", "{\"add\":[" + id + "]}"), 200);
        assertEquals(1, joined.get("deviceCount").asInt());

        JsonNode config = effectiveWhen(id, c -> attribute(c, "feature.x") != null);
        assertEquals("1", attribute(config, "call.autoAnswer.SIP").get("value").asText());
        assertEquals("SITE", attribute(config, "call.autoAnswer.SIP").get("source").get("containerType").asText());
        JsonNode shadow = attribute(config, "call.autoAnswer.SIP").get("shadowed").get(0);
        assertEquals(tag + "-cfg", shadow.get("profileName").asText());
        assertEquals("GLOBAL", shadow.get("containerType").asText());
        assertEquals("site", attribute(config, "tone.ringer").get("value").asText());
        assertEquals("model", attribute(config, "up.screenSaver").get("value").asText());
        assertEquals("group", attribute(config, "feature.x").get("value").asText());
        assertEquals("1001", attribute(config, "reg.1.address").get("value").asText());
        assertEquals(mac + "_csv_profile", attribute(config, "reg.1.address").get("source").get("profileName").asText());
        assertEquals("https://files.example.com/" + mac + "/extra.cfg", attribute(config, "CONFIG_FILES").get("value").asText());
        assertEquals("24", attribute(config, "call.callsPerLineKey").get("value").asText());

        String shell = admin.execute("dialtone:effective-config -p autoAnswer " + id);
        assertTrue(shell, shell.contains("call.autoAnswer.SIP") && shell.contains(tag + "-site @ site") && shell.contains("0 (" + tag + "-cfg @ global"));

        // Leaving the group takes its profile away; deleting the site's profile hands the parameter to Global.
        admin.json(admin.call("POST", "/device-groups/" + groupId + "/devices", "application/json", "{\"remove\":[" + id + "]}"), 200);
        effectiveWhen(id, c -> attribute(c, "feature.x") == null);
        JsonNode deleted = admin.json(admin.call("DELETE", "/profiles/" + site + "?apply=scheduled&applyAt=2030-01-01T03:00:00Z", null, null), 200);
        assertEquals("SCHEDULED", deleted.get("apply").get("mode").asText());
        assertTrue(deleted.get("deviceCount").asLong() >= 1);
        assertEquals("0", attribute(effectiveWhen(id, c -> true), "call.autoAnswer.SIP").get("value").asText());
    }

    @Test
    public void templatesCsvProfilesAndHostileFilesAreRefused() throws Exception {
        String mac = uniqueMac();
        admin.json(admin.call("POST", "/devices/import", "text/csv", "mac_address,reg.1.address\n" + mac + ",1\n"), 200);
        long csvProfile = admin.get("/profiles?type=user_imported&q=" + mac).get("items").get(0).get("id").asLong();
        JsonNode refused = admin.json(admin.call("PUT", "/deployment/global/profiles", "application/json", "{\"profileIds\":[" + csvProfile + "]}"), 400);
        assertEquals("profileIds[0]", refused.get("field").asText());

        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>\n<c a=\"&s;\"/>";
        JsonNode hostile = admin.json(admin.call("POST", "/profiles/import-config?name=" + unique("Evil"), "application/xml", xxe), 400);
        assertEquals("file", hostile.get("field").asText());
        JsonNode badName = admin.json(admin.call("POST", "/profiles", "application/json", "{\"name\":\"a/b\"}"), 400);
        assertEquals("name", badName.get("field").asText());
        JsonNode badParameter = admin.json(admin.call("POST", "/profiles", "application/json",
                "{\"name\":\"" + unique("Bad") + "\",\"attributes\":[{\"name\":\"not a name\",\"value\":\"1\"}]}"), 400);
        assertEquals("attributes[0].name", badParameter.get("field").asText());
        long taken = admin.profile(unique("Taken"));
        JsonNode duplicate = admin.json(admin.call("POST", "/profiles", "application/json",
                "{\"name\":\"" + admin.get("/profiles/" + taken).get("name").asText().toLowerCase() + "\"}"), 409);
        assertTrue(duplicate.get("detail").asText().contains("already exists"));
    }

    @Test
    public void userDefinedProfilesExportAsAZipThatImportsBackUnchanged() throws Exception {
        String tag = unique("Z");
        long a = admin.profile(tag + "-a", "reg.1.displayname", "Jon \\\"JJ\\\" <Smith>", "call.autoAnswer.SIP", "1");
        long b = admin.profile(tag + "-b", "CONFIG_FILES", "https://x/${mac_address}.cfg");
        HttpResponse<byte[]> zip = raw("GET", "/api/v1/profiles/export?ids=" + a + "," + b, null, null);
        assertEquals(200, zip.statusCode());
        JsonNode before = admin.get("/profiles/" + a).get("attributes");

        assertEquals(200, admin.call("DELETE", "/profiles/" + a, null, null).statusCode());
        HttpResponse<byte[]> imported = raw("POST", "/api/v1/profiles/import?overwrite=true", "application/zip", zip.body());
        assertEquals(new String(imported.body(), StandardCharsets.UTF_8), 200, imported.statusCode());
        JsonNode list = JSON.readTree(imported.body());
        assertEquals(2, list.size());
        List<String> names = new ArrayList<>();
        list.forEach(p -> names.add(p.get("name").asText()));
        assertEquals(List.of(tag + "-a", tag + "-b"), names);
        assertEquals(before, admin.get("/profiles/" + list.get(0).get("id").asLong()).get("attributes"));
        assertEquals(b, list.get(1).get("id").asLong());
    }

    @Test
    public void theDefaultSchemaIsSearchableAndChecksProfileValues() throws Exception {
        String xsd = "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">"
                + "<xsd:simpleType name=\"Enum_SyslogLevel\"><xsd:restriction base=\"xsd:string\">"
                + "<xsd:enumeration value=\"Debug\"/><xsd:enumeration value=\"Info\"/></xsd:restriction></xsd:simpleType>"
                + "<xsd:attribute name=\"device.syslog.level\" type=\"Enum_SyslogLevel\"/>"
                + "<xsd:attribute name=\"device.syslog.serverName\" type=\"xsd:string\"/>"
                + "<xsd:attribute name=\"voice.volume.persist.handset\" type=\"xsd:boolean\"/></xsd:schema>";
        JsonNode info = admin.json(admin.call("PUT", "/schema/default?name=polycomConfig.xsd", "application/xml", xsd), 200);
        assertEquals(3, info.get("attributes").asInt());
        assertEquals("polycomConfig.xsd", admin.get("/schema/default").get("name").asText());

        JsonNode hits = admin.get("/schema/attributes?q=SYSLOG");
        assertEquals(2, hits.size());
        assertEquals("device.syslog.level", hits.get(0).get("name").asText());
        assertEquals("Info", hits.get(0).get("enumeration").get(1).asText());
        assertEquals(400, admin.call("GET", "/schema/attributes?q=s", null, null).statusCode());

        // Issue 16, item 8: a value the schema disagrees with is a warning the admin sees, not a refusal.
        JsonNode warned = admin.json(admin.call("POST", "/profiles", "application/json", "{\"name\":\"" + unique("Syslog")
                + "\",\"attributes\":[{\"name\":\"custom.thing\",\"value\":\"anything\"},{\"name\":\"device.syslog.level\",\"value\":\"Loud\"}]}"), 201);
        assertTrue(warned.toString(), warned.get("warnings").get(0).asText().contains("device.syslog.level 'Loud' must be one of Debug, Info"));
        assertTrue(admin.get("/profiles/" + warned.get("id").asLong()).get("warnings").toString().contains("must be one of Debug, Info"));
        JsonNode clean = admin.json(admin.call("POST", "/profiles", "application/json", "{\"name\":\"" + unique("Syslog")
                + "\",\"attributes\":[{\"name\":\"custom.thing\",\"value\":\"anything\"},{\"name\":\"device.syslog.level\",\"value\":\"Info\"}]}"), 201);
        assertEquals(0, clean.get("warnings").size());
        JsonNode notXsd = admin.json(admin.call("PUT", "/schema/default", "application/xml", "<polycomConfig a=\"1\"/>"), 400);
        assertEquals("file", notXsd.get("field").asText());
        assertEquals(3, admin.get("/schema/default").get("attributes").asInt());
        assertEquals("the default schema can be removed", 204, admin.call("DELETE", "/schema/default", null, null).statusCode());
        assertEquals(404, admin.call("GET", "/schema/default", null, null).statusCode());
        assertEquals(0, admin.get("/profiles/" + warned.get("id").asLong()).get("warnings").size());
    }

    @Test
    public void usersAndUserGroupsAreContainersForTheDevicesTheyOwn() throws Exception {
        String tag = unique("U");
        long device = admin.json(admin.call("POST", "/devices", "application/json", "{\"type\":\"TRIO\",\"mac\":\"" + uniqueMac() + "\"}"), 201).get("id").asLong();
        long sales = admin.json(admin.call("POST", "/directory/user-groups", "application/json", "{\"name\":\"" + tag + "-sales\"}"), 201).get("id").asLong();
        long emea = admin.json(admin.call("POST", "/directory/user-groups", "application/json", "{\"name\":\"" + tag + "-emea\"}"), 201).get("id").asLong();
        long jon = admin.json(admin.call("POST", "/directory/users", "application/json", "{\"name\":\"" + tag + "-jon\"}"), 201).get("id").asLong();
        admin.json(admin.call("PUT", "/directory/users/" + jon + "/user-groups", "application/json", "{\"groupIds\":[" + emea + "," + sales + "]}"), 200);
        JsonNode owner = admin.json(admin.call("PUT", "/directory/users/" + jon + "/devices", "application/json", "{\"deviceIds\":[" + device + "]}"), 200);
        assertEquals(device, owner.get("deviceIds").get(0).asLong());

        long user = admin.profile(tag + "-user", "a", "user");
        long emeaProfile = admin.profile(tag + "-emea", "a", "emea", "b", "emea");
        long salesProfile = admin.profile(tag + "-sales", "b", "sales", "c", "sales");
        admin.deploy("user/" + jon, user);
        admin.deploy("user-group/" + sales, salesProfile);
        JsonNode reached = admin.deploy("user-group/" + emea, emeaProfile);
        assertEquals(1, reached.get("deviceCount").asInt());

        JsonNode config = admin.get("/devices/" + device + "/effective-config");
        assertEquals("user", attribute(config, "a").get("value").asText());
        assertEquals("emea", attribute(config, "b").get("value").asText());
        assertEquals("USER_GROUP", attribute(config, "b").get("source").get("containerType").asText());
        assertEquals("sales", attribute(config, "c").get("value").asText());

        admin.json(admin.call("PUT", "/directory/users/" + jon + "/user-groups", "application/json", "{\"groupIds\":[" + sales + "," + emea + "]}"), 200);
        assertEquals("the user's group order decides", "sales", attribute(admin.get("/devices/" + device + "/effective-config"), "b").get("value").asText());
        assertEquals(204, admin.call("DELETE", "/directory/users/" + jon, null, null).statusCode());
        assertEquals(null, attribute(admin.get("/devices/" + device + "/effective-config"), "a"));
    }

    @Test
    public void theShippedVvxDriverIsLoadedWithItsModelsAndStandardProfiles() throws Exception {
        JsonNode drivers = admin.get("/system/health").get("drivers");
        JsonNode vvx = null;
        for (JsonNode d : drivers) {
            if (d.get("family").asText().equals("vvx")) {
                vvx = d;
            }
        }
        assertTrue(drivers.toString(), vvx != null);
        assertEquals(20, vvx.get("models").asInt());
        assertEquals(1, admin.get("/profiles?type=standard&q=VVX-Management-Baseline").get("total").asInt());
        JsonNode baseline = admin.get("/profiles/" + admin.get("/profiles?type=standard&q=VVX-Management-Baseline").get("items").get(0).get("id").asLong());
        assertTrue(baseline.toString(), baseline.toString().contains("apps.restapi.enabled"));
        assertEquals(1, admin.get("/profiles?type=template&q=VVX-AdminPassword-Change").get("total").asInt());
        for (String family : List.of("soundpoint", "trio", "cx", "studio", "groupseries")) {
            assertTrue(family + " driver is shipped and running", driverInHealth(family) != null);
        }
    }

    private JsonNode driverInHealth(String family) throws Exception {
        for (JsonNode d : admin.get("/system/health").get("drivers")) {
            if (d.get("family").asText().equals(family)) {
                return d;
            }
        }
        return null;
    }

    /** Waits, bounded, for a condition the deployer or the framework brings about in the background. */
    private void await(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        Eventually.holds(java.time.Duration.ofSeconds(30), () -> assertTrue("not within 30 s: " + what, condition.call()));
    }

    @Test
    public void aThirdPartyDriverDroppedIntoDeployAddsItsFamilyAndGoesAwayWithTheJar() throws Exception {
        java.nio.file.Path jar = java.nio.file.Path.of(System.getProperty("dialtone.itest.exampleDriver"));
        assertTrue("build the example driver first: " + jar, java.nio.file.Files.exists(jar));
        java.nio.file.Path deployed = java.nio.file.Path.of(System.getProperty("karaf.base"), "deploy", "acme-driver.jar");
        java.nio.file.Files.createDirectories(deployed.getParent());
        java.nio.file.Files.copy(jar, deployed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Long acmeDevice = null;
        try {
            await("the acme driver is loaded", () -> driverInHealth("acme") != null);
            assertEquals(2, driverInHealth("acme").get("models").asInt());
            await("its standard profile is listed", () -> admin.get("/profiles?type=standard&q=Acme-Basics").get("total").asInt() == 1);
            JsonNode added = admin.json(admin.call("POST", "/devices", "application/json", "{\"type\":\"acme\",\"mac\":\"" + uniqueMac() + "\"}"), 201);
            assertEquals("Acme", added.get("type").asText());
            acmeDevice = added.get("id").asLong();
            String shell = admin.execute("dialtone:health");
            assertTrue(shell, shell.contains("acme"));
        } finally {
            java.nio.file.Files.deleteIfExists(deployed);
        }
        await("the acme driver is gone", () -> driverInHealth("acme") == null);
        assertEquals("its profile is hidden while the driver is away", 0, admin.get("/profiles?type=standard&q=Acme-Basics").get("total").asInt());
        JsonNode refused = admin.json(admin.call("POST", "/devices", "application/json", "{\"type\":\"Acme\",\"mac\":\"" + uniqueMac() + "\"}"), 400);
        assertTrue(refused.toString(), refused.get("rule").asText().contains("not a device type of an installed driver"));
        JsonNode kept = admin.get("/devices/" + acmeDevice);
        assertEquals("acme", kept.get("family").asText());
        assertEquals("the device is kept and marked", true, kept.get("driverMissing").asBoolean());
    }

    @Test
    public void stoppingTheVvxDriverHidesItsModelsAndProfilesAndStartingItBringsThemBack() throws Exception {
        org.osgi.framework.Bundle vvx = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "org.dialtone.dialtone-driver-vvx".equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError("no VVX driver bundle"));
        long baseline = admin.get("/profiles?type=standard&q=VVX-Management-Baseline").get("items").get(0).get("id").asLong();
        long device = admin.json(admin.call("POST", "/devices", "application/json", "{\"type\":\"VVX\",\"mac\":\"" + uniqueMac() + "\"}"), 201).get("id").asLong();
        admin.deploy("device/" + device, baseline);
        assertTrue(attribute(admin.get("/devices/" + device + "/effective-config"), "apps.restapi.enabled") != null);
        vvx.stop();
        try {
            assertEquals(null, driverInHealth("vvx"));
            assertEquals(0, admin.get("/profiles?type=standard&q=VVX-Management-Baseline").get("total").asInt());
            assertEquals("the driver's profile does not apply while it is away", null,
                    attribute(admin.get("/devices/" + device + "/effective-config"), "apps.restapi.enabled"));
        } finally {
            vvx.start();
        }
        await("the VVX driver is back", () -> driverInHealth("vvx") != null);
        assertEquals("the association survived the restart", baseline,
                admin.get("/deployment/device/" + device + "/profiles").get(0).get("id").asLong());
        assertTrue(attribute(admin.get("/devices/" + device + "/effective-config"), "apps.restapi.enabled") != null);
    }

    /** A driver as a bundle would register it, shipping the given standard profiles. */
    private org.osgi.framework.ServiceRegistration<org.dialtone.driver.spi.DeviceDriver> driver(String family,
            List<org.dialtone.driver.spi.StandardProfile> standard) {
        org.dialtone.driver.spi.DeviceDriver driver = new org.dialtone.driver.spi.DeviceDriver() {
            @Override
            public String family() {
                return family;
            }

            @Override
            public String displayName() {
                return "Test driver " + family;
            }

            @Override
            public List<org.dialtone.driver.spi.DeviceModel> models() {
                return List.of();
            }

            @Override
            public java.util.Optional<org.dialtone.driver.spi.RecognizedDevice> recognize(org.dialtone.driver.spi.ProvisioningRequest request) {
                return java.util.Optional.empty();
            }

            @Override
            public List<org.dialtone.driver.spi.StandardProfile> standardProfiles() {
                return standard;
            }

            @Override
            public String renderMasterConfig(org.dialtone.driver.spi.MasterConfig config) {
                return String.join("\n", config.configFiles());
            }

            @Override
            public String renderConfigFile(List<org.dialtone.driver.spi.Parameter> parameters) {
                return parameters.toString();
            }
        };
        return context.registerService(org.dialtone.driver.spi.DeviceDriver.class, driver, null);
    }

    @Test
    public void driversShipReadOnlyStandardProfilesAndTemplates() throws Exception {
        String tag = unique("Std");
        var parameter = new org.dialtone.driver.spi.StandardProfile.Parameter("feature.itest.enabled", "1");
        var standard = new org.dialtone.driver.spi.StandardProfile(tag + "-Feature", "Enables the feature", List.of(parameter));
        var template = new org.dialtone.driver.spi.StandardProfile(tag + "-Lines-TEMPLATE", "Fill in the lines",
                List.of(new org.dialtone.driver.spi.StandardProfile.Parameter("reg.1.address", "")));
        var registration = driver("itest" + tag.substring(4).toLowerCase(), List.of(standard, template));
        try {
            JsonNode std = admin.get("/profiles?type=standard&q=" + tag).get("items").get(0);
            assertEquals(tag + "-Feature", std.get("name").asText());
            long templateId = admin.get("/profiles?type=template&q=" + tag).get("items").get(0).get("id").asLong();

            JsonNode edit = admin.json(admin.call("PUT", "/profiles/" + std.get("id").asLong(), "application/json", "{\"name\":\"x\"}"), 400);
            assertTrue(edit.get("rule").asText(), edit.get("rule").asText().contains("copy it"));
            JsonNode assign = admin.json(admin.call("PUT", "/deployment/global/profiles", "application/json", "{\"profileIds\":[" + templateId + "]}"), 400);
            assertTrue(assign.get("rule").asText(), assign.get("rule").asText().contains("is a template"));
            JsonNode copy = admin.json(admin.call("POST", "/profiles/" + templateId + "/copy", "application/json", "{\"name\":\"" + tag + "-Lines\"}"), 201);
            assertEquals("USER_DEFINED", copy.get("type").asText());
            assertEquals("reg.1.address", copy.get("attributes").get(0).get("name").asText());
        } finally {
            registration.unregister();
        }
        // The next version of the driver no longer ships the feature profile.
        var next = driver("itest" + tag.substring(4).toLowerCase(), List.of(template));
        try {
            assertEquals(0, admin.get("/profiles?type=standard&q=" + tag).get("total").asInt());
            assertEquals(1, admin.get("/profiles?type=template&q=" + tag).get("total").asInt());
        } finally {
            next.unregister();
        }
    }

    private HttpResponse<byte[]> raw(String method, String path, String contentType, byte[] body) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(Https.trusting(
                java.nio.file.Path.of(System.getProperty("karaf.etc"), "dialtone-tls.p12"),
                java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("karaf.etc"), "dialtone-tls.password")))).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + DialtoneOptions.HTTPS_PORT + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void connectedAs(long device, String model) throws Exception {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement st = c.prepareStatement("UPDATE device SET model = ? WHERE id = ?")) {
            st.setString(1, model);
            st.setLong(2, device);
            assertEquals(1, st.executeUpdate());
        }
    }
}
