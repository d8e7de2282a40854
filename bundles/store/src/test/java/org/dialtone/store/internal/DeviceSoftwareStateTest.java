package org.dialtone.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.dialtone.api.software.SoftwareState;
import org.dialtone.api.software.SoftwareUpdate;
import org.junit.Test;

public class DeviceSoftwareStateTest {
    private static DeviceEntity running(String firmware) {
        DeviceEntity device = new DeviceEntity();
        device.softwareVersion = firmware;
        return device;
    }

    @Test
    public void aDeviceThatNeverReportsTheImageTurnsFromPendingToFailing() {
        DeviceEntity device = running("5.9.5.1000");
        device.softwareTarget(12L, "6.4.3.2145");
        assertEquals(SoftwareState.PENDING, device.softwareUpdate().state());
        for (int poll = 1; poll < SoftwareState.FAILING_AFTER_POLLS; poll++) {
            device.softwareReported("5.9.5.1000");
            assertEquals(SoftwareState.PENDING, device.softwareUpdate().state());
        }
        device.softwareReported("5.9.5.1000");
        assertEquals(SoftwareState.FAILING, device.softwareUpdate().state());
        assertEquals(SoftwareState.FAILING_AFTER_POLLS, device.softwareUpdate().pollsBehind());
        device.softwareReported("6.4.3.2145");
        assertEquals(SoftwareState.UP_TO_DATE, device.softwareUpdate().state());
        assertEquals(0, device.softwareUpdate().pollsBehind());
    }

    @Test
    public void aDeviceAlreadyRunningTheImageIsUpToDateAndANewTargetStartsCountingAgain() {
        DeviceEntity device = running("6.4.3.2145");
        device.softwareTarget(12L, "6.4.3.2145 rts44");
        assertEquals(SoftwareState.UP_TO_DATE, device.softwareUpdate().state());
        device.softwareTarget(13L, "7.0.0.1000");
        assertEquals(new SoftwareUpdate(13, "7.0.0.1000", SoftwareState.PENDING, 0), device.softwareUpdate());
        device.softwareTarget(null, null);
        assertNull(device.softwareUpdate());
        assertEquals("NONE", device.softwareState);
        device.softwareReported("1.0");
        assertNull(device.softwareUpdate());
    }

    @Test
    public void versionsCompareByTheirLeadingNumbers() {
        assertTrue(SoftwareUpdate.sameVersion("5.9.6.2327", "5.9.6.2327 rts12 E"));
        assertTrue(SoftwareUpdate.sameVersion("v3.2.1", "3.2.1"));
        assertFalse(SoftwareUpdate.sameVersion("5.9.6.2327", "5.9.6.2328"));
        assertFalse(SoftwareUpdate.sameVersion("5.9.6", "5.9.6.2327"));
        assertTrue(SoftwareUpdate.sameVersion("Beta-X", "beta-x"));
        assertFalse(SoftwareUpdate.sameVersion(null, "1.0"));
    }
}
