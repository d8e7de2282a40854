package org.dialtone.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dialtone.driver.spi.FileKind;
import org.junit.Test;

public class DeviceFileStoreTest {
    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void aDeletedDevicesFilesGoAndNoOneElsesDo() throws Exception {
        Path root = Files.createTempDirectory("devices");
        DeviceFileStore store = new DeviceFileStore(root, 1024);
        store.store("0004f2000001", FileKind.OVERRIDE, "0004f2000001-phone.cfg", text("<x/>"));
        store.store("0004f2000001", FileKind.LOG, "0004f2000001-app.log", text("boot"));
        store.store("0004f2000002", FileKind.OVERRIDE, "0004f2000002-phone.cfg", text("<y/>"));
        store.deleteAll("0004f2000001");
        assertEquals(0, store.list("0004f2000001").size());
        assertEquals(1, store.list("0004f2000002").size());
        store.deleteAll("..");
        store.deleteAll("");
        assertTrue("the store's own folder stays", Files.isDirectory(root));
        assertEquals(1, store.list("0004f2000002").size());
    }

    @Test
    public void aSerialThatReadsLikeAMacNeverMeetsThatPhonesFiles() throws Exception {
        Path root = Files.createTempDirectory("devices");
        Files.createDirectories(root.resolve("8213ABC").resolve("log"));
        DeviceFileStore store = new DeviceFileStore(root, 1024);
        assertTrue("folders stored by serial before are moved apart", Files.isDirectory(root.resolve("sn-8213ABC")));
        store.store(DeviceFileStore.owner(false, "0004f2000002"), FileKind.OVERRIDE, "0004f2000002-phone.cfg", text("<phone/>"));
        String codec = DeviceFileStore.owner(true, "0004f2000002");
        assertEquals("sn-0004f2000002", codec);
        assertEquals(0, store.list(codec).size());
        assertEquals(0, store.list(DeviceFileStore.owner(true, DeviceFileStore.ALL_DEVICES)).size());
    }

    @Test
    public void eachDayKeepsItsLastLogBesideTheLatest() throws Exception {
        Path root = Files.createTempDirectory("devices");
        DeviceFileStore store = new DeviceFileStore(root, 1024);
        store.storeLog("0004f2000001", "0004f2000001-app.log", text("morning"));
        store.storeLog("0004f2000001", "0004f2000001-app.log", text("evening"));
        String today = DeviceFileStore.daily("0004f2000001-app.log", java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        assertEquals("evening", Files.readString(store.find("0004f2000001", FileKind.LOG, today).orElseThrow()));
        assertEquals("evening", Files.readString(store.find("0004f2000001", FileKind.LOG, "0004f2000001-app.log").orElseThrow()));
        assertEquals("no copy in the making is listed", 2, store.list("0004f2000001").size());
        assertEquals("0004f2000001-app_2026-12-02.log", DeviceFileStore.daily("0004f2000001-app.log", java.time.LocalDate.of(2026, 12, 2)));
        assertEquals("boot_2026-12-02", DeviceFileStore.daily("boot", java.time.LocalDate.of(2026, 12, 2)));
    }
}
