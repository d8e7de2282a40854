package org.dialtone.inventory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.dialtone.api.inventory.DeviceType;
import org.dialtone.store.DeviceRepository.ImportedDevice;
import org.dialtone.store.DeviceRepository.ImportedRow;
import org.dialtone.store.RowResult;
import org.junit.Test;

public class DeviceImportResultsTest {
    private static final DeviceType GROUP_SERIES = new DeviceType("groupseries", "RealPresence Group Series", true);
    private static final List<String> MISSING_GROUP = List.of("endpoint_group Lobby does not exist, so the device was not added to it");

    private static ImportedDevice phone(List<String> warnings) {
        return new ImportedDevice(2, "0004f23ea4e1", "8213", null, null, List.of(), List.of(), warnings);
    }

    @Test
    public void eachOutcomeNamesTheDeviceByItsIdentity() {
        assertEquals("added device 0004f23ea4e1", DeviceImportResults.of(new ImportedRow(phone(List.of()), ImportedRow.Outcome.CREATED, null)).message());
        assertEquals("overwrote device 0004f23ea4e1",
                DeviceImportResults.of(new ImportedRow(phone(List.of()), ImportedRow.Outcome.OVERWRITTEN, null)).message());
        ImportedDevice codec = new ImportedDevice(3, "00e0db112233", "8213GS", GROUP_SERIES, null, List.of(), List.of(), List.of());
        RowResult merged = DeviceImportResults.of(new ImportedRow(codec, ImportedRow.Outcome.MERGED, null));
        assertEquals(RowResult.Outcome.UPDATED, merged.outcome());
        assertEquals("merged into device with serial number 8213GS", merged.message());
        RowResult skipped = DeviceImportResults.of(new ImportedRow(codec, ImportedRow.Outcome.LEFT_ALONE, null));
        assertEquals(RowResult.Outcome.SKIPPED, skipped.outcome());
        assertTrue(skipped.message(), skipped.message().contains("updating existing devices is off"));
    }

    @Test
    public void aNumberOfAnotherDeviceFailsTheRowNamingThatDevice() {
        RowResult failed = DeviceImportResults.of(new ImportedRow(phone(MISSING_GROUP), ImportedRow.Outcome.IDENTITY_TAKEN, 41L));
        assertEquals(RowResult.Outcome.FAILED, failed.outcome());
        assertEquals(2, failed.line());
        assertEquals("serial_number 8213 already belongs to another device (id 41); correct the row or delete that device first", failed.message());
        assertFalse(failed.warning());
    }

    @Test
    public void warningsFollowAWrittenRow() {
        RowResult created = DeviceImportResults.of(new ImportedRow(phone(MISSING_GROUP), ImportedRow.Outcome.CREATED, null));
        assertTrue(created.warning());
        assertEquals("added device 0004f23ea4e1; " + MISSING_GROUP.get(0), created.message());
    }
}
