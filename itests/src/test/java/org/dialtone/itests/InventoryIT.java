package org.dialtone.itests;

import static org.dialtone.itests.Admin.unique;
import static org.dialtone.itests.Admin.uniqueMac;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.UUID;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;

/** Sites, devices and device groups through the admin REST API and the shell of the real distribution. */
public class InventoryIT extends OnTheServer {
    @Inject
    @Filter("(osgi.jndi.service.name=dialtone)")
    protected DataSource dataSource;

    /** Verbatim from the guide, unescaped quotes and misplaced private-subnet-list included. */
    private static String guideSiteCsv(String name) {
        return "site_name,description,location_name,subnets\n"
                + name + ",Site for testing,Test location,\"{\"public-subnet-list\":[{\"ip-address\":\"1.2.3.4\",\"mask-length\":\"32\"},"
                + "\"private-subnet-list\":[{\"ip-address\":\"172.21.120.1\",\"mask-length\":\"28\"},{\"ip-address\":\"192.168.1.1\","
                + "\"mask-length\":\"28\"}],{\"ip-address\":\"2.3.4.5\",\"mask-length\":\"32\"}]\"\n"
                + "Bad site!,x,y,\"{}\"\n";
    }

    @Test
    public void siteImportOfTheGuideExampleCreatesTheSiteAndLogsTheBadRow() throws Exception {
        String name = unique("Test_site");
        JsonNode report = admin.json(admin.call("POST", "/sites/import", "text/csv", guideSiteCsv(name)), 200);
        assertEquals(2, report.get("rows").asInt());
        assertEquals(1, report.get("created").asInt());
        assertEquals(1, report.get("failed").asInt());

        String log = admin.call("GET", "/imports/" + report.get("id").asLong() + "/log", null, null).body();
        assertTrue(log, log.contains("2,created,created site " + name));
        assertTrue(log, log.contains("3,failed,\"site_name 'Bad site!' may contain only ASCII letters"));

        JsonNode site = admin.get("/sites?q=" + name).get("items").get(0);
        assertEquals("Test location", site.get("location").asText());
        assertEquals(2, site.get("publicSubnets").size());
        assertEquals(2, site.get("publicSubnets").get(0).get("privateSubnets").size());

        JsonNode match = admin.get("/sites/match?public=1.2.3.4&private=172.21.120.9");
        assertEquals(name, match.get("siteName").asText());
        assertEquals("172.21.120.0/28", match.get("privateSubnet").asText());
        String shell = admin.execute("dialtone:site-match 1.2.3.4 192.168.1.7");
        assertTrue(shell, shell.contains(name) && shell.contains("192.168.1.0/28"));

        // The same name again overwrites the site instead of adding one.
        JsonNode again = admin.json(admin.call("POST", "/sites/import", "text/csv", guideSiteCsv(name)), 200);
        assertEquals(1, again.get("updated").asInt());
        assertEquals(1, admin.get("/sites?q=" + name).get("total").asInt());
    }

    @Test
    public void siteEditsMoveDevicesToTheSiteTheyNowMatchAndDeletingASiteMovesThemOn() throws Exception {
        String mac = uniqueMac();
        long device = admin.json(admin.call("POST", "/devices", "application/json",
                "{\"type\":\"VVX\",\"model\":\"VVX 411\",\"mac\":\"" + mac + "\",\"name\":\"" + unique("Desk") + "\"}"), 201).get("id").asLong();
        String renamed = unique("Renamed");
        admin.json(admin.call("PUT", "/devices/" + device, "application/json", "{\"name\":\"" + renamed + "\",\"description\":\"Front desk\"}"), 200);
        JsonNode edited = admin.get("/devices/" + device);
        assertEquals(renamed, edited.get("name").asText());
        assertEquals("Front desk", edited.get("description").asText());
        assertEquals(1, admin.get("/devices?q=front%20DESK").get("total").asInt());
        JsonNode badPrivateIp = admin.json(admin.call("PUT", "/devices/" + device, "application/json", "{\"privateIp\":\"10.0.0.300\"}"), 400);
        assertEquals("privateIp", badPrivateIp.get("field").asText());
        // Until the provisioning endpoint records it, a device's public address is only written by phones.
        connectedFrom(device, "198.51.100.20");

        String wide = unique("Wide");
        long wideId = admin.json(admin.call("POST", "/sites", "application/json", "{\"name\":\"" + wide + "\",\"publicSubnets\":"
                + "[{\"ipAddress\":\"198.51.100.0\",\"maskLength\":24}]}"), 201).get("id").asLong();
        assertEquals(wide, admin.get("/devices/" + device).get("siteName").asText());

        String narrow = unique("Narrow");
        long narrowId = admin.json(admin.call("POST", "/sites", "application/json", "{\"name\":\"" + narrow + "\",\"publicSubnets\":"
                + "[{\"ipAddress\":\"198.51.100.16\",\"maskLength\":28}]}"), 201).get("id").asLong();
        assertEquals("the longer public subnet wins", narrow, admin.get("/devices/" + device).get("siteName").asText());

        admin.json(admin.call("PUT", "/sites/" + narrowId, "application/json", "{\"name\":\"" + narrow + "\",\"publicSubnets\":"
                + "[{\"ipAddress\":\"198.51.100.32\",\"maskLength\":28}]}"), 200);
        assertEquals("an edit that drops the subnet hands the device back", wide, admin.get("/devices/" + device).get("siteName").asText());

        assertEquals(204, admin.call("DELETE", "/sites/" + wideId, null, null).statusCode());
        String after = admin.get("/devices/" + device).get("siteName").asText();
        assertTrue(after, after.equals("Intranet") || after.equals("Internet"));

        JsonNode internet = admin.json(admin.call("DELETE", "/sites/1", null, null), 400);
        assertEquals("site", internet.get("field").asText());
    }

    /** Issue 18 from the shell: a reboot task over a device and a filter, listed and shown with each device's reason. */
    @Test
    public void aRebootFromTheShellIsATaskWhoseDevicesSayWhyItDidNotApply() throws Exception {
        String tag = unique("Shell");
        long id = admin.json(admin.call("POST", "/devices", "application/json", "{\"type\":\"VVX\",\"model\":\"VVX 410\",\"mac\":\""
                + uniqueMac() + "\",\"name\":\"" + tag + "\"}"), 201).get("id").asLong();
        String created = admin.execute("dialtone:task-create --device " + id + " --filter q=" + tag + " --name " + tag + " reboot");
        assertTrue(created, created.contains("runs now"));
        long task = Long.parseLong(created.replaceAll("(?s).*Task (\\d+) .*", "$1"));
        Eventually.holds(java.time.Duration.ofSeconds(30), () -> {
            String shown = admin.execute("dialtone:task-show " + task);
            assertTrue(shown, shown.contains("DONE") && shown.contains("NOT_APPLICABLE") && shown.contains("firmware is not known"));
            assertTrue("the device named twice is one sub task: " + shown, shown.contains("1 of 1 devices"));
        });
        assertTrue(admin.execute("dialtone:task-list --type reboot --state done").contains(tag));
        assertTrue(admin.execute("dialtone:task-cancel --delete " + task).contains("deleted"));
        assertEquals(404, admin.call("GET", "/tasks/" + task, null, null).statusCode());
    }

    /** Issue 18 from the shell: a device's packet captures and configurations, refused with the reason before it called in. */
    @Test
    public void aDeviceThatNeverCalledInCapturesNothingFromTheShell() throws Exception {
        long id = admin.json(admin.call("POST", "/devices", "application/json", "{\"type\":\"VVX\",\"model\":\"VVX 410\",\"mac\":\""
                + uniqueMac() + "\"}"), 201).get("id").asLong();
        assertTrue(admin.execute("dialtone:device-capture " + id).contains("No packet capture on device " + id));
        Exception limit = org.junit.Assert.assertThrows(Exception.class, () -> admin.execute("dialtone:device-capture --minutes 3000 " + id + " start"));
        assertTrue(String.valueOf(rootMessage(limit)), String.valueOf(rootMessage(limit)).contains("from 1 to 2880"));
        Exception early = org.junit.Assert.assertThrows(Exception.class, () -> admin.execute("dialtone:device-configuration " + id + " local"));
        assertTrue(String.valueOf(rootMessage(early)), String.valueOf(rootMessage(early)).contains("has not contacted Dialtone yet"));
    }

    /** Issue 19 from the shell: a device's status, and a poll asked for a filter, before the device ever called in. */
    @Test
    public void aDevicesStatusFromTheShell() throws Exception {
        String tag = unique("Status");
        long id = admin.json(admin.call("POST", "/devices", "application/json", "{\"type\":\"VVX\",\"model\":\"VVX 410\",\"mac\":\""
                + uniqueMac() + "\",\"name\":\"" + tag + "\"}"), 201).get("id").asLong();
        String status = admin.execute("dialtone:device-status " + id);
        assertTrue(status, status.contains("Status:        OFFLINE") && status.contains("SIP:           UNKNOWN") && status.contains("Licence:       UNLICENSED"));
        assertTrue(admin.execute("dialtone:device-refresh -q " + tag).contains("1 devices are due a status poll now"));
        String listed = admin.execute("dialtone:device-list --registration unknown -q " + tag);
        assertTrue(listed, listed.contains(tag) && listed.contains("1 of 1 devices"));
        Eventually.holds(java.time.Duration.ofSeconds(30), () -> {
            String polled = admin.execute("dialtone:device-status " + id);
            assertTrue(polled, polled.contains("Not polled: the device has not contacted Dialtone yet"));
        });
        assertTrue(admin.execute("dialtone:activity-list --limit 5").contains("dialtone:device-refresh"));
        assertTrue(admin.execute("dialtone:alert test").contains("No webhook is set"));
        assertTrue(admin.execute("dialtone:alert-list --state open").contains("Message"));
    }

    /** Issue 19: an admin's change is in the activity log with what the device was before and after, and in its week's ZIP. */
    @Test
    public void anAdminsChangeIsInTheActivityLogWithBeforeAndAfter() throws Exception {
        String tag = unique("Audit");
        long id = admin.json(admin.call("POST", "/devices", "application/json", "{\"type\":\"VVX\",\"model\":\"VVX 410\",\"mac\":\""
                + uniqueMac() + "\",\"name\":\"" + tag + "\"}"), 201).get("id").asLong();
        admin.json(admin.call("PUT", "/devices/" + id, "application/json", "{\"description\":\"moved to the third floor\"}"), 200);
        admin.execute("dialtone:device-refresh -q " + tag);
        JsonNode log = admin.get("/activity?actor=admin&limit=50").get("items");
        JsonNode change = find(log, "/devices/" + id, "PUT /devices/{id}");
        assertEquals(change.toString(), 200, change.get("status").asInt());
        assertEquals("REST", change.get("face").asText());
        assertTrue("before: the device as it was", change.get("before").asText().contains(tag) && !change.get("before").asText().contains("third floor"));
        assertTrue("after: as the write left it", change.get("after").asText().contains("moved to the third floor"));
        JsonNode created = find(log, "/devices", "POST /devices");
        assertEquals(201, created.get("status").asInt());
        JsonNode shell = find(admin.get("/activity?limit=20").get("items"), "/devices?q=" + tag + "&siteId=&groupId=", "dialtone:device-refresh");
        assertEquals("SHELL", shell.get("face").asText());

        JsonNode week = admin.get("/activity/weeks").get(0);
        java.time.LocalDate monday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY);
        assertEquals(monday.toString(), week.get("start").asText());
        assertTrue(week.toString(), week.get("entries").asLong() >= 3);
        java.net.http.HttpResponse<byte[]> zip = admin.https.download("/api/v1/activity/weeks/" + monday, "admin", admin.password);
        assertEquals(200, zip.statusCode());
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            assertEquals("activity-" + monday + ".csv", in.getNextEntry().getName());
            String csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("time,actor,face,action,target,status,before,after"));
            assertTrue(csv, csv.contains("moved to the third floor") && csv.contains("PUT /devices/{id}"));
        }
        assertEquals("monday", admin.json(admin.call("GET", "/activity/weeks/" + monday.plusDays(2), null, null), 400).get("field").asText());
    }

    private static JsonNode find(JsonNode activities, String target, String action) {
        for (JsonNode activity : activities) {
            if (activity.get("target").asText().equals(target) && activity.get("action").asText().equals(action)) {
                return activity;
            }
        }
        throw new AssertionError("no " + action + " on " + target + " in the activity log: " + activities);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** The service dashboard's figures agree with the inventory they summarise (issue 17). */
    @Test
    public void theDashboardSummaryCountsTheInventoryByTypeModelSiteAndGroup() throws Exception {
        String group = unique("Dash");
        long groupId = admin.json(admin.call("POST", "/device-groups", "application/json", "{\"name\":\"" + group + "\"}"), 201).get("id").asLong();
        for (String model : new String[] {"VVX 410", "VVX 410", "VVX 250"}) {
            long id = admin.json(admin.call("POST", "/devices", "application/json", "{\"type\":\"VVX\",\"model\":\"" + model + "\",\"mac\":\""
                    + uniqueMac() + "\"}"), 201).get("id").asLong();
            admin.json(admin.call("PUT", "/devices/" + id + "/groups", "application/json", "{\"groupIds\":[" + groupId + "]}"), 200);
        }
        JsonNode summary = admin.get("/devices/summary?top=50");
        assertEquals(admin.get("/devices?limit=1").get("total").asLong(), summary.get("devices").asLong());
        assertEquals(admin.get("/devices?status=ONLINE&limit=1").get("total").asLong(), summary.get("online").asLong());
        assertEquals(admin.get("/devices?type=VVX&limit=1").get("total").asLong(), tally(summary.get("byType"), "VVX").get("devices").asLong());
        assertEquals(admin.get("/devices?model=VVX250&limit=1").get("total").asLong(), tally(summary.get("byModel"), "VVX250").get("devices").asLong());
        JsonNode mine = tally(summary.get("byGroup"), group);
        assertEquals(groupId, mine.get("id").asLong());
        assertEquals(3, mine.get("devices").asLong());
        assertEquals(0, mine.get("online").asLong());
        assertEquals(admin.get("/devices?siteId=1&limit=1").get("total").asLong(), tally(summary.get("bySite"), "Internet").get("devices").asLong());
        JsonNode refused = admin.json(admin.call("GET", "/devices/summary?top=0", null, null), 400);
        assertEquals("top", refused.get("field").asText());
    }

    private static JsonNode tally(JsonNode tallies, String name) {
        for (JsonNode tally : tallies) {
            if (name.equals(tally.get("name").asText())) {
                return tally;
            }
        }
        throw new AssertionError(name + " is not among " + tallies);
    }

    /** Issue 16, item 7: a site CSV export imports back unchanged, and the import keeps what a CSV cannot carry. */
    @Test
    public void aSiteExportReimportsUnchangedAndKeepsTheDownloadPath() throws Exception {
        String name = unique("Site B-1");
        long id = admin.json(admin.call("POST", "/sites", "application/json", "{\"name\":\"" + name + "\",\"description\":\"=not a formula\","
                + "\"downloadPath\":\"https://relay.example.com/\",\"agentSiteSpecific\":true,\"publicSubnets\":[{\"ipAddress\":\"198.18.0.0\","
                + "\"maskLength\":15,\"privateSubnets\":[{\"ipAddress\":\"3.1.0.0\",\"maskLength\":16}]}]}"), 201).get("id").asLong();
        try {
            HttpResponse<String> export = admin.call("GET", "/sites/export", null, null);
            assertEquals(200, export.statusCode());
            assertTrue(export.body(), !export.body().contains("Internet,"));
            String row = export.body().lines().filter(l -> l.startsWith(name + ",")).findFirst().orElseThrow();
            JsonNode report = admin.json(admin.call("POST", "/sites/import", "text/csv", "site_name,description,location_name,subnets\n" + row + "\n"), 200);
            assertEquals(report.toString(), 1, report.get("updated").asInt());
            JsonNode site = admin.get("/sites/" + id);
            assertEquals("=not a formula", site.get("description").asText());
            assertEquals("https://relay.example.com/", site.get("downloadPath").asText());
            assertTrue(site.get("agentSiteSpecific").asBoolean());
            assertEquals("3.1.0.0", site.get("publicSubnets").get(0).get("privateSubnets").get(0).get("ipAddress").asText());
        } finally {
            admin.call("DELETE", "/sites/" + id, null, null);
        }
    }

    /** Issue 16, item 5: models are checked against the installed drivers' model tables, which are listed. */
    @Test
    public void deviceTypesListTheInstalledModelsAndAddingADeviceTakesOnlyThose() throws Exception {
        JsonNode vvx = null;
        for (JsonNode type : admin.get("/device-types")) {
            if (type.get("family").asText().equals("vvx")) {
                vvx = type;
            }
        }
        assertTrue("the VVX driver's type is listed", vvx != null);
        assertTrue(vvx.toString(), vvx.get("models").toString().contains("\"model\":\"VVX410\",\"displayName\":\"VVX 410\""));
        JsonNode unknown = admin.json(admin.call("POST", "/devices", "application/json",
                "{\"type\":\"VVX\",\"model\":\"VVX 999\",\"mac\":\"" + uniqueMac() + "\"}"), 400);
        assertEquals("model", unknown.get("field").asText());
        assertTrue(unknown.get("detail").asText(), unknown.get("detail").asText().contains("VVX 410"));
        JsonNode added = admin.json(admin.call("POST", "/devices", "application/json",
                "{\"type\":\"VVX\",\"model\":\"vvx 410\",\"mac\":\"" + uniqueMac() + "\"}"), 201);
        assertEquals("stored as its devices report it", "VVX410", added.get("model").asText());
    }

    @Test
    public void deviceImportWithGroupsIsSearchableAndExportsBackUnchanged() throws Exception {
        String group = unique("EPGroup1");
        long groupId = admin.json(admin.call("POST", "/device-groups", "application/json", "{\"name\":\"" + group + "\"}"), 201).get("id").asLong();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String[] macs = {uniqueMac(), uniqueMac(), uniqueMac()};
        String csv = "mac_address, endpoint_name, endpoint_group, reg.1.address, reg.1.displayname, reg.1.auth.password,\n"
                + macs[0].toUpperCase() + ", Phone-" + tag + "-A, " + group + "|NoSuchGroup, 1000, \"Smith, Jon\", =secret\n"
                + macs[1] + ", Phone-" + tag + "-B, " + group + ", 1001, Ann Lee,\n"
                + macs[2] + ", Bad/name " + tag + ", , 1002, x, y\n";
        JsonNode report = admin.json(admin.call("POST", "/devices/import", "text/csv", csv), 200);
        assertEquals(3, report.get("rows").asInt());
        assertEquals(2, report.get("created").asInt());
        assertEquals(1, report.get("failed").asInt());
        assertEquals(1, report.get("warnings").asInt());
        String log = admin.call("GET", "/imports/" + report.get("id").asLong() + "/log", null, null).body();
        assertTrue(log, log.contains("NoSuchGroup does not exist"));
        assertTrue(log, log.contains("4,failed,\"endpoint_name 'Bad/name"));

        JsonNode found = admin.get("/devices?q=" + ("phone-" + tag).toUpperCase() + "&sort=name&order=desc");
        assertEquals(2, found.get("total").asInt());
        assertEquals("Phone-" + tag + "-B", found.get("items").get(0).get("name").asText());
        assertEquals(2, admin.get("/devices?groupId=" + groupId).get("total").asInt());
        assertEquals(1, admin.get("/devices?q=" + macs[0].substring(6)).get("total").asInt());
        long first = found.get("items").get(1).get("id").asLong();
        JsonNode attributes = admin.get("/devices/" + first + "/attributes");
        assertEquals("Smith, Jon", attributes.get(1).get("value").asText());
        assertEquals("=secret", attributes.get(2).get("value").asText());

        HttpResponse<String> export = admin.call("GET", "/devices/export?q=phone-" + tag, null, null);
        assertEquals(200, export.statusCode());
        assertTrue(export.body(), export.body().contains("'=secret"));
        assertTrue(export.body(), export.body().contains("\"Smith, Jon\""));
        JsonNode reimport = admin.json(admin.call("POST", "/devices/import?updateExisting=overwrite", "text/csv", export.body()), 200);
        assertEquals(2, reimport.get("updated").asInt());
        assertEquals(0, reimport.get("failed").asInt());
        assertEquals(attributes, admin.get("/devices/" + first + "/attributes"));
        assertEquals(export.body(), admin.call("GET", "/devices/export?q=phone-" + tag, null, null).body());

        JsonNode skipped = admin.json(admin.call("POST", "/devices/import", "text/csv", "mac_address,reg.1.address\n" + macs[0] + ",9999\n"), 200);
        assertEquals("update-existing off leaves existing devices alone", 1, skipped.get("skipped").asInt());
        JsonNode merged = admin.json(admin.call("POST", "/devices/import?updateExisting=merge", "text/csv",
                "mac_address,reg.1.address,device.hostname\n" + macs[0] + ",2000,host-a\n"), 200);
        assertEquals(1, merged.get("updated").asInt());
        JsonNode afterMerge = admin.get("/devices/" + first + "/attributes");
        assertEquals(4, afterMerge.size());
        assertEquals("2000", afterMerge.get(0).get("value").asText());
        assertEquals("Smith, Jon", afterMerge.get(1).get("value").asText());
    }

    @Test
    public void aFileThatCannotBeReadChangesNothing() throws Exception {
        long before = admin.get("/devices?limit=1").get("total").asLong();
        String mac = uniqueMac();
        JsonNode noIdentity = admin.json(admin.call("POST", "/devices/import", "text/csv", "endpoint_name\nA\n"), 400);
        assertEquals("header", noIdentity.get("field").asText());
        JsonNode brokenQuote = admin.json(admin.call("POST", "/devices/import", "text/csv",
                "mac_address,reg.1.displayname\n" + mac + ",ok\n0004f2ffff01,\"Jon\" Smith\n"), 400);
        assertEquals("file", brokenQuote.get("field").asText());
        assertEquals(before, admin.get("/devices?limit=1").get("total").asLong());
        assertEquals(0, admin.get("/devices?q=" + mac).get("total").asInt());
        assertEquals(400, admin.call("GET", "/devices?limit=100000", null, null).statusCode());
        assertEquals(400, admin.call("GET", "/devices?sort=password", null, null).statusCode());
    }

    @Test
    public void groupPriorityPerDeviceAndTopPriority() throws Exception {
        long a = admin.json(admin.call("POST", "/device-groups", "application/json", "{\"name\":\"" + unique("A") + "\"}"), 201).get("id").asLong();
        long b = admin.json(admin.call("POST", "/device-groups", "application/json", "{\"name\":\"" + unique("B") + "\"}"), 201).get("id").asLong();
        long device = admin.json(admin.call("POST", "/devices", "application/json",
                "{\"type\":\"STUDIO\",\"serialNumber\":\"" + UUID.randomUUID().toString().replace("-", "").substring(0, 14)
                        + "\",\"groupIds\":[" + a + "," + b + "]}"), 201).get("id").asLong();
        assertEquals(a, admin.get("/devices/" + device + "/groups").get(0).get("id").asLong());
        // Issue 16, item 9: what the driver knows of the model reaches the admin.
        assertTrue(admin.get("/devices/" + device).toString(), admin.get("/devices/" + device).get("modelNote").asText().contains("no scheduled tasks"));
        String serial = admin.get("/devices/" + device).get("serialNumber").asText();
        String listed = admin.execute("dialtone:device-list -q " + serial);
        assertTrue(listed, listed.contains("Note for device " + device + ": Takes no scheduled tasks"));
        JsonNode top = admin.json(admin.call("POST", "/device-groups/" + b + "/top-priority?apply=now", null, null), 200);
        assertEquals(1, top.get("deviceCount").asInt());
        assertEquals(device, top.get("deviceIds").get(0).asLong());
        assertEquals("NOW", top.get("apply").get("mode").asText());
        assertEquals(b, admin.get("/devices/" + device + "/groups").get(0).get("id").asLong());
        // Issue 16, item 16: a refused apply choice changes nothing.
        JsonNode noTime = admin.json(admin.call("POST", "/device-groups/" + a + "/devices?apply=scheduled", "application/json",
                "{\"remove\":[" + device + "]}"), 400);
        assertEquals("applyAt", noTime.get("field").asText());
        assertEquals("the membership stays", 2, admin.get("/devices/" + device + "/groups").size());

        admin.json(admin.call("PUT", "/device-groups/defaults", "application/json", "{\"groupIds\":[" + b + "," + a + "]}"), 200);
        assertEquals(b, admin.get("/device-groups/defaults").get(0).get("id").asLong());
        assertEquals(204, admin.call("DELETE", "/device-groups/" + b, null, null).statusCode());
        assertEquals(a, admin.get("/device-groups/defaults").get(0).get("id").asLong());
        assertEquals(1, admin.get("/devices/" + device + "/groups").size());

        JsonNode duplicate = admin.json(admin.call("POST", "/device-groups", "application/json",
                "{\"name\":\"" + admin.get("/device-groups/" + a).get("name").asText().toUpperCase() + "\"}"), 409);
        assertTrue(duplicate.get("detail").asText().contains("already exists"));
        JsonNode badName = admin.json(admin.call("POST", "/device-groups", "application/json", "{\"name\":\"no/slashes\"}"), 400);
        assertEquals("name", badName.get("field").asText());
    }

    private void connectedFrom(long device, String publicIp) throws Exception {
        byte[] v4 = java.net.InetAddress.getByName(publicIp).getAddress();
        String key = "00000000000000000000ffff" + HexFormat.of().formatHex(v4);
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE device SET public_ip = ?, public_ip_key = ? WHERE id = ?")) {
            st.setString(1, publicIp);
            st.setString(2, key);
            st.setLong(3, device);
            assertEquals(1, st.executeUpdate());
        }
    }

}
