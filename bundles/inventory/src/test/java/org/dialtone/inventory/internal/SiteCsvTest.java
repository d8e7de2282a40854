package org.dialtone.inventory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.ImportSeparator;
import org.dialtone.store.RowResult;
import org.dialtone.store.SiteWrite;
import org.dialtone.store.StoredSubnet;
import org.junit.Test;

public class SiteCsvTest {
    /** Verbatim from the guide's "Importing Sites Using CSV Files". */
    private static final String GUIDE_EXAMPLE = "site_name,description,location_name,subnets\n"
            + "Test_site,Site for testing,Test location,\"{\"public-subnet-list\":[{\"ip-address\":\"1.2.3.4\",\"mask-length\":\"32\"},"
            + "\"private-subnet-list\":[{\"ip-address\":\"172.21.120.1\",\"mask-length\":\"28\"},{\"ip-address\":\"192.168.1.1\","
            + "\"mask-length\":\"28\"}],{\"ip-address\":\"2.3.4.5\",\"mask-length\":\"32\"}]\"\n";

    private static SiteCsv.Parsed parse(String text, ImportSeparator separator) {
        return SiteCsv.parse(CsvText.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), separator));
    }

    private static SiteCsv.Parsed parse(String text) {
        return parse(text, null);
    }

    /** The guide's "Adding a Site" example: four sites whose names have a space inside. */
    @Test
    public void theGuidesSiteNamesWithInnerSpacesImport() {
        SiteCsv.Parsed parsed = parse("site_name,description,location_name,subnets\n"
                + " Site A-1 ,,,\"{\"public-subnet-list\":[{\"ip-address\":\"20.1.0.0\",\"mask-length\":\"16\",\"private-subnet-list\":"
                + "[{\"ip-address\":\"10.0.0.0\",\"mask-length\":\"8\"}]}]}\"\n"
                + "Site A-2,,,\"{\"public-subnet-list\":[{\"ip-address\":\"20.1.0.0\",\"mask-length\":\"16\",\"private-subnet-list\":"
                + "[{\"ip-address\":\"10.33.24.0\",\"mask-length\":\"24\"}]}]}\"\n"
                + "Site B-1,,,\"{\"public-subnet-list\":[{\"ip-address\":\"20.56.31.0\",\"mask-length\":\"8\",\"private-subnet-list\":"
                + "[{\"ip-address\":\"3.1.0.0\",\"mask-length\":\"16\"}]}]}\"\n"
                + "Site B-2,,,\"{\"public-subnet-list\":[{\"ip-address\":\"20.56.31.0\",\"mask-length\":\"8\"}]}\"\n"
                + "Site  C,,,\n");
        assertEquals(List.of("Site A-1", "Site A-2", "Site B-1", "Site B-2"), parsed.sites().stream().map(r -> r.site().name()).toList());
        assertEquals(1, parsed.failures().size());
        assertTrue(parsed.failures().get(0).message(), parsed.failures().get(0).message().contains("in words separated by single spaces"));
    }

    @Test
    public void guideExampleImportsAsTheSiteItDescribes() {
        SiteCsv.Parsed parsed = parse(GUIDE_EXAMPLE);
        assertEquals(List.of(), parsed.failures());
        SiteWrite site = parsed.sites().get(0).site();
        assertEquals("Test_site", site.name());
        assertEquals("Site for testing", site.description());
        assertEquals("Test location", site.location());
        assertEquals(2, site.publicSubnets().size());
        StoredSubnet first = site.publicSubnets().get(0);
        assertEquals("1.2.3.4", first.ipAddress());
        assertEquals(32, first.maskLength());
        assertEquals(List.of("172.21.120.1/28", "192.168.1.1/28"),
                first.privateSubnets().stream().map(p -> p.ipAddress() + "/" + p.maskLength()).toList());
        assertEquals("2.3.4.5", site.publicSubnets().get(1).ipAddress());
        assertEquals(List.of(), site.publicSubnets().get(1).privateSubnets());
    }

    @Test
    public void properlyEscapedJsonWithSemicolonsAndBomImports() {
        String csv = "\uFEFFSUBNETS;Site_Name\n"
                + "\"{\"\"public-subnet-list\"\":[{\"\"ip-address\"\":\"\"20.1.0.0\"\",\"\"mask-length\"\":16,"
                + "\"\"private-subnet-list\"\":[{\"\"ip-address\"\":\"\"10.0.0.0\"\",\"\"mask-length\"\":\"\"8\"\"}]}]}\";Site_A-1\n";
        SiteCsv.Parsed parsed = parse(csv);
        assertEquals(';', parsed.separator());
        assertEquals(List.of(), parsed.failures());
        SiteWrite site = parsed.sites().get(0).site();
        assertEquals("Site_A-1", site.name());
        assertEquals("10.0.0.0", site.publicSubnets().get(0).privateSubnets().get(0).ipAddress());
    }

    @Test
    public void tabSeparatedFileIsDetected() {
        String csv = "site_name\tsubnets\nB-2\t{\"public-subnet-list\":[{\"ip-address\":\"20.56.31.0\",\"mask-length\":\"8\"}]}\n";
        SiteCsv.Parsed parsed = parse(csv);
        assertEquals('\t', parsed.separator());
        assertEquals("20.56.31.0", parsed.sites().get(0).site().publicSubnets().get(0).ipAddress());
    }

    @Test
    public void badRowsAreRejectedWithTheirLineAndTheOthersKept() {
        String csv = "site_name,subnets\n"
                + "Good,\"{\"\"public-subnet-list\"\":[{\"\"ip-address\"\":\"\"10.1.0.0\"\",\"\"mask-length\"\":\"\"16\"\"}]}\"\n"
                + "\n"
                + "Bad/name,\"{\"\"public-subnet-list\"\":[]}\"\n"
                + "NoMask,\"{\"\"public-subnet-list\"\":[{\"\"ip-address\"\":\"\"10.2.0.0\"\"}]}\"\n"
                + "BadMask,\"{\"\"public-subnet-list\"\":[{\"\"ip-address\"\":\"\"10.2.0.0\"\",\"\"mask-length\"\":\"\"33\"\"}]}\"\n"
                + "NoSubnets,\n"
                + "good,\"{\"\"public-subnet-list\"\":[]}\"\n";
        SiteCsv.Parsed parsed = parse(csv);
        assertEquals(6, parsed.rows());
        assertEquals(1, parsed.sites().size());
        List<RowResult> failures = parsed.failures();
        assertEquals(List.of(4, 5, 6, 7, 8), failures.stream().map(RowResult::line).toList());
        assertTrue(failures.get(0).message(), failures.get(0).message().startsWith("site_name 'Bad/name' may contain only"));
        assertTrue(failures.get(1).message(), failures.get(1).message().contains("no \"mask-length\""));
        assertTrue(failures.get(2).message(), failures.get(2).message().contains("mask length 33 is outside 0..32"));
        assertTrue(failures.get(3).message(), failures.get(3).message().startsWith("subnets is required"));
        assertTrue(failures.get(4).message(), failures.get(4).message().contains("good is already on line 2"));
    }

    @Test
    public void missingRequiredHeaderFailsTheWholeFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("site_name,description\nA,b\n"));
        assertEquals("header", e.field());
        assertTrue(e.rule(), e.rule().contains("subnets"));
    }

    @Test
    public void chosenSeparatorWins() {
        SiteCsv.Parsed parsed = parse("site_name;subnets\nA;{\"public-subnet-list\":[]}\n", ImportSeparator.SEMICOLON);
        assertEquals(';', parsed.separator());
        assertEquals("A", parsed.sites().get(0).site().name());
        assertThrows(InvalidInputException.class, () -> parse("site_name;subnets\nA;{}\n", ImportSeparator.COMMA));
    }

    @Test
    public void jsonThatCannotBeReadIsExplained() {
        SiteCsv.Parsed parsed = parse("site_name,subnets\nA,\"{\"\"public-subnet-list\"\":[{\"\"ip\"\":\"\"1.2.3.4\"\"}]}\"\n");
        assertEquals(1, parsed.failures().size());
        assertTrue(parsed.failures().get(0).message(), parsed.failures().get(0).message().contains("unknown key \"ip\""));
    }

    @Test
    public void anExportImportsBackAsTheSameSites() throws Exception {
        org.dialtone.api.inventory.Site a1 = new org.dialtone.api.inventory.Site(5, "Site A-1", "=SUM(1)", "Berlin, 3rd floor", "https://relay.example.com/",
                true, null, null, List.of(new org.dialtone.api.inventory.PublicSubnet("20.1.0.0", 16,
                        List.of(new org.dialtone.api.inventory.Subnet("10.0.0.0", 8), new org.dialtone.api.inventory.Subnet("10.33.24.0", 24))),
                new org.dialtone.api.inventory.PublicSubnet("2001:db8::", 32, List.of())), 0, 1);
        org.dialtone.api.inventory.Site bare = new org.dialtone.api.inventory.Site(6, "Bare", null, null, null, false, null, null, List.of(), 0, 1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (SiteCsv.Writer writer = new SiteCsv.Writer(out, ';')) {
            writer.write(a1);
            writer.write(bare);
        }
        SiteCsv.Parsed parsed = parse(out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), parsed.failures());
        assertEquals(';', parsed.separator());
        SiteWrite site = parsed.sites().get(0).site();
        assertEquals("Site A-1", site.name());
        assertEquals("=SUM(1)", site.description());
        assertEquals("Berlin, 3rd floor", site.location());
        assertEquals(2, site.publicSubnets().size());
        assertEquals(List.of("10.0.0.0", "10.33.24.0"), site.publicSubnets().get(0).privateSubnets().stream().map(StoredSubnet::ipAddress).toList());
        assertEquals("2001:db8::", site.publicSubnets().get(1).ipAddress());
        assertEquals(0, parsed.sites().get(1).site().publicSubnets().size());
    }
}
