package org.dialtone.inventory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceAttribute;
import org.dialtone.api.inventory.DeviceStatus;
import org.dialtone.api.inventory.DeviceType;
import org.dialtone.api.inventory.ImportSeparator;
import org.dialtone.store.DeviceRepository.ExportedDevice;
import org.dialtone.store.RowResult;
import org.junit.Test;

public class DeviceCsvTest {
    private static DeviceCsv.Parsed parse(String text) {
        return parse(text, null);
    }

    private static DeviceCsv.Parsed parse(String text, ImportSeparator separator) {
        return DeviceCsv.parse(CsvText.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), separator), TestDrivers.registry());
    }

    private static List<String> attributes(DeviceCsv.Row row) {
        return row.attributes().stream().map(a -> a.name() + "=" + a.value()).toList();
    }

    /** The guide's "add a phone with two line addresses", with the PDF's line wrapping undone. */
    @Test
    public void phoneWithTwoLinesFromTheGuide() {
        DeviceCsv.Parsed parsed = parse("mac_address, endpoint_name, endpoint_group, reg.1.address, reg.1.displayname, reg.1.auth.userId, "
                + "reg.1.auth.password, reg.2.address, reg.2.displayname, reg.2.auth.userId, reg.2.auth.password,\n"
                + "0004F23EA4E1, SoundPoint-EA4E1, EPGroup1|EPGroup2, 1000, Jon Smith, 1000, 1000, 1001, Jon Smith1, 1001, 1001\n");
        assertEquals(List.of(), parsed.failures());
        DeviceCsv.Row row = parsed.devices().get(0);
        assertEquals("0004f23ea4e1", row.mac());
        assertEquals("SoundPoint-EA4E1", row.name());
        assertEquals(List.of("EPGroup1", "EPGroup2"), row.groupNames());
        assertEquals(List.of("reg.1.address=1000", "reg.1.displayname=Jon Smith", "reg.1.auth.userId=1000", "reg.1.auth.password=1000",
                "reg.2.address=1001", "reg.2.displayname=Jon Smith1", "reg.2.auth.userId=1001", "reg.2.auth.password=1001"), attributes(row));
        assertEquals(2, row.line());
    }

    @Test
    public void phoneWithOneLineFromTheGuide() {
        DeviceCsv.Row row = parse("mac_address,reg.1.address\n0004F24FD08E, 1001\n").devices().get(0);
        assertEquals("0004f24fd08e", row.mac());
        assertEquals(List.of("reg.1.address=1001"), attributes(row));
        assertNull(row.type());
        assertNull(row.name());
    }

    @Test
    public void attributeWithoutLineFromTheGuide() {
        DeviceCsv.Parsed parsed = parse("mac_address, device.hostname\n0004F23EA4E1, SoundPointA4E1\n0004F24FD08E, SoundPointD08E\n");
        assertEquals(2, parsed.devices().size());
        assertEquals(List.of("device.hostname=SoundPointD08E"), attributes(parsed.devices().get(1)));
        assertEquals(3, parsed.devices().get(1).line());
    }

    @Test
    public void studioFromTheGuideIsIdentifiedBySerial() {
        DeviceCsv.Row row = parse("mac_address, serial_number, endpoint_type, endpoint_name, endpoint_group\n"
                + "00E0DB4C20CC, 8218404c20ccf9, Polycom Studio, Jsmith_Studio, EPGroup1|EPGroup2\n").devices().get(0);
        assertEquals(new DeviceType("bars", "Polycom Studio", true), row.type());
        assertEquals("8218404c20ccf9", row.serialNumber());
        assertEquals("00e0db4c20cc", row.mac());
        assertEquals(List.of(), row.attributes());
    }

    @Test
    public void semicolonTabBomAndQuotedSeparatorsAllRead() {
        DeviceCsv.Parsed semicolon = parse("\uFEFFMAC_ADDRESS;Endpoint_Name;reg.1.displayname\n0004f2000001;Desk-1;\"Smith; Jon\"\n");
        assertEquals(';', semicolon.separator());
        assertEquals(List.of("reg.1.displayname=Smith; Jon"), attributes(semicolon.devices().get(0)));
        DeviceCsv.Parsed tab = parse("reg.1.displayname\tmac_address\n\"Jon, \"\"JJ\"\" Smith\"\t00:04:f2:00:00:02\n");
        assertEquals('\t', tab.separator());
        assertEquals("0004f2000002", tab.devices().get(0).mac());
        assertEquals(List.of("reg.1.displayname=Jon, \"JJ\" Smith"), attributes(tab.devices().get(0)));
    }

    @Test
    public void badRowsFailWithLineNumbersAndTheRestIsKept() {
        DeviceCsv.Parsed parsed = parse("mac_address,serial_number,endpoint_type,endpoint_name,endpoint_group\n"
                + "0004f2000001,,VVX,Good,\n"
                + "0004f20000zz,,VVX,BadMac,\n"
                + "0004f2000003,,VVX,Bad Name!,\n"
                + ",,Polycom Studio,NoSerial,\n"
                + "0004f2000004,,Fax,BadType,\n"
                + "0004F2-00-00-01,,VVX,Again,\n"
                + "0004f2000005,,VVX,BadGroup,Ok|Not/ok\n"
                + ",,,,\n");
        assertEquals(List.of(1), parsed.devices().stream().map(d -> 1).toList());
        List<RowResult> failures = parsed.failures();
        assertEquals(List.of(3, 4, 5, 6, 7, 8), failures.stream().map(RowResult::line).toList());
        assertTrue(failures.get(0).message(), failures.get(0).message().startsWith("mac_address '0004f20000zz' is not a MAC address"));
        assertTrue(failures.get(1).message(), failures.get(1).message().contains("may contain only ASCII letters, digits and # . - _ ( ) [ ]"));
        assertTrue(failures.get(2).message(), failures.get(2).message().startsWith("serial_number is required for Polycom Studio"));
        assertTrue(failures.get(3).message(), failures.get(3).message().startsWith("endpoint_type 'Fax' is not a device type"));
        assertTrue(failures.get(4).message(), failures.get(4).message().contains("is already on line 2"));
        assertTrue(failures.get(5).message(), failures.get(5).message().startsWith("endpoint_group 'Not/ok'"));
    }

    @Test
    public void headerWithoutIdentityFailsTheFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("endpoint_name,reg.1.address\nA,1\n"));
        assertEquals("header", e.field());
    }

    @Test
    public void unclosedQuoteFailsTheFileWithItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> parse("mac_address,reg.1.displayname\n0004f2000001,ok\n0004f2000002,\"Jon\" Smith\n"));
        assertEquals("file", e.field());
        assertTrue(e.rule(), e.rule().contains("after line 2"));
    }

    @Test
    public void exportGuardsFormulasAndReadsBackUnchanged() throws Exception {
        Device device = new Device(7, "0004f2000001", null, "phones", "VVX", false, "VVX 411", "Desk-1", null, null, null, 1,
                "Internet", null, DeviceStatus.OFFLINE, null, "CSV", Instant.now(), 1, null, null, false, null, null,
                org.dialtone.api.inventory.SipRegistration.UNKNOWN, org.dialtone.api.inventory.CallStatus.UNKNOWN);
        List<DeviceAttribute> attributes = List.of(new DeviceAttribute("reg.1.displayname", "=HYPERLINK(\"x\")"),
                new DeviceAttribute("reg.1.address", "+4930123"), new DeviceAttribute("reg.1.label", "'-quoted"),
                new DeviceAttribute("voIpProt.SIP.outboundProxy.address", "proxy, one"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeviceCsv.Writer writer = new DeviceCsv.Writer(out, ';', attributes.stream().map(DeviceAttribute::name).toList())) {
            writer.write(new ExportedDevice(device, List.of("EPGroup1", "EPGroup2"), attributes));
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv, csv.contains("'=HYPERLINK"));
        assertTrue(csv, csv.contains("'+4930123"));
        DeviceCsv.Row row = parse(csv).devices().get(0);
        assertEquals("0004f2000001", row.mac());
        assertEquals(new DeviceType("phones", "VVX", false), row.type());
        assertEquals("Desk-1", row.name());
        assertEquals(List.of("EPGroup1", "EPGroup2"), row.groupNames());
        assertEquals(attributes, row.attributes());
    }
}
