package org.dialtone.software.internal;

import static org.junit.Assert.assertEquals;

import org.dialtone.api.software.SoftwareState;
import org.dialtone.api.software.SoftwareUpdate;
import org.junit.Test;

/** A device's way to the image its profiles select: pending, up to date when it reports it, failing after three more polls. */
public class SoftwareUpdateTest {
    @Test
    public void aDeviceThatKeepsReportingAnotherVersionFailsAfterThreePolls() {
        SoftwareUpdate update = SoftwareUpdate.target(7, "6.4.3.1234", "6.4.0.1");
        assertEquals(SoftwareState.PENDING, update.state());
        for (int poll = 1; poll < SoftwareState.FAILING_AFTER_POLLS; poll++) {
            update = update.reported("6.4.0.1");
            assertEquals(SoftwareState.PENDING, update.state());
        }
        update = update.reported("6.4.0.1");
        assertEquals(SoftwareState.FAILING, update.state());
        assertEquals(SoftwareState.FAILING_AFTER_POLLS, update.pollsBehind());

        update = update.reported("6.4.3.1234 rts12");
        assertEquals("reporting the image's version puts it right", SoftwareState.UP_TO_DATE, update.state());
        assertEquals(0, update.pollsBehind());
    }

    @Test
    public void aDeviceAlreadyRunningTheImageIsUpToDateAtOnce() {
        assertEquals(SoftwareState.UP_TO_DATE, SoftwareUpdate.target(7, "6.4.3.1234", "6.4.3.1234").state());
    }
}
