package org.dialtone.driver.ucs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dialtone.driver.spi.FileKind;
import org.dialtone.driver.spi.MasterConfig;
import org.dialtone.driver.spi.Parameter;
import org.dialtone.driver.spi.ProvisioningFile;
import org.junit.Test;
import org.w3c.dom.Element;

public class UcsFilesTest {
    private static FileKind kind(String path) {
        return UcsFiles.classify(path).map(ProvisioningFile::kind).orElse(null);
    }

    @Test
    public void requestedAndUploadedNamesAreClassified() {
        assertEquals(FileKind.MASTER_CONFIG, kind("0004F23EA4E1.cfg"));
        assertEquals(FileKind.MASTER_CONFIG, kind("000000000000.cfg"));
        assertEquals(FileKind.LOG, kind("logs/0004f23ea4e1-app.log"));
        assertEquals(FileKind.LOG, kind("0004f23ea4e1-boot.log"));
        assertEquals(FileKind.OVERRIDE, kind("overrides/0004f23ea4e1-phone.cfg"));
        assertEquals(FileKind.OVERRIDE, kind("0004f23ea4e1-system.cfg"));
        assertEquals(FileKind.CONTACTS, kind("000000000000-directory.xml"));
        assertEquals(FileKind.CALL_LIST, kind("0004f23ea4e1-calls.xml"));
        assertEquals(FileKind.LICENSE, kind("000000000000-license.cfg"));
        assertEquals(FileKind.SOFTWARE, kind("3111-46135-002.sip.ld"));
        assertEquals(FileKind.SOFTWARE, kind("sip.ver"));
        assertEquals(FileKind.SOFTWARE, kind("bootrom.ld"));
        assertEquals(FileKind.CONFIG, kind("site.cfg"));
        assertEquals(FileKind.RESOURCE, kind("Leaf.jpg"));
        assertEquals(null, kind("../../etc/passwd"));
        assertTrue(UcsFiles.classify("000000000000-directory.xml").orElseThrow().optional());
        assertFalse(UcsFiles.classify("0004f23ea4e1.cfg").orElseThrow().optional());
    }

    @Test
    public void identityComesFromPerDeviceNamesOnly() {
        assertEquals("0004f23ea4e1", UcsDriverSupport.identity("0004F23EA4E1.cfg").value());
        assertEquals("0004f23ea4e1", UcsDriverSupport.identity("logs/0004f23ea4e1-app.log").value());
        assertEquals(null, UcsDriverSupport.identity("000000000000.cfg"));
        assertEquals(null, UcsDriverSupport.identity("sip.ld"));
    }

    @Test
    public void masterConfigParsesBackWithModelChildAndEscapedValues() throws Exception {
        String xml = UcsXml.masterConfig(new MasterConfig("VVX411", "3111-48450-001.sip.ld", List.of("0004f23ea4e1-dialtone.cfg", "extra&more.cfg"),
                Map.of("LOG_FILE_DIRECTORY", "logs", "OVERRIDES_DIRECTORY", "overrides"), Map.of("_mac_cfg_site", "b<1>", "COREFILE_DIRECTORY", "core")));
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("APPLICATION", root.getTagName());
        assertEquals("3111-48450-001.sip.ld", root.getAttribute("APP_FILE_PATH"));
        assertEquals("0004f23ea4e1-dialtone.cfg, extra&more.cfg", root.getAttribute("CONFIG_FILES"));
        assertEquals("logs", root.getAttribute("LOG_FILE_DIRECTORY"));
        assertEquals("core", root.getAttribute("COREFILE_DIRECTORY"));
        assertEquals("b<1>", root.getAttribute("_mac_cfg_site"));
        Element child = (Element) root.getElementsByTagName("APPLICATION_VVX411").item(0);
        assertEquals("3111-48450-001.sip.ld", child.getAttribute("APP_FILE_PATH_VVX411"));
    }

    @Test
    public void configFileHoldsEveryParameterInOrder() throws Exception {
        String xml = UcsXml.configFile(List.of(new Parameter("reg.1.address", "1001"), new Parameter("reg.1.label", "Jon \"JJ\" & Ann")));
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("polycomConfig", root.getTagName());
        assertEquals("Jon \"JJ\" & Ann", root.getAttribute("reg.1.label"));
        assertEquals(2, root.getAttributes().getLength());
    }

    @Test
    public void theGuidesUserProfileCertificateAndFlkDirectoriesAreServedByName() {
        assertEquals(Optional.of(new ProvisioningFile(FileKind.USER_PROFILE, "alice.cfg", true)), UcsFiles.classify("users/alice.cfg"));
        assertEquals(Optional.of(new ProvisioningFile(FileKind.CERTIFICATE, "Root-CA.pem", true)), UcsFiles.classify("certificates/Root-CA.pem"));
        assertEquals("only certificate types from the certificate directory", Optional.empty(), UcsFiles.classify("certificates/run.sh"));
        assertEquals(FileKind.FEATURE_LICENSE, UcsFiles.classify("flk/0004f2000001.flk").orElseThrow().kind());
    }
}
