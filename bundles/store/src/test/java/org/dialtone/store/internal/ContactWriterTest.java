package org.dialtone.store.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.dialtone.api.inventory.DeviceContact;
import org.junit.Test;

public class ContactWriterTest {
    private static ContactWriter.Pending contact(String firmware, boolean provisioning) {
        DeviceContact c = new DeviceContact("0004f2000001", null, null, "VVX410", firmware, "10.0.0." + (firmware == null ? 1 : 2), provisioning);
        return new ContactWriter.Pending(c, null, LocalDateTime.now(), provisioning ? Arrays.asList(firmware) : List.of());
    }

    @Test
    public void contactsOfOnePeriodKeepTheLatestAddressAndEveryProvisioningReport() {
        ContactWriter.Pending merged = contact("5.9.1", true).after(null);
        merged = contact(null, true).after(merged);
        merged = contact("5.9.2", false).after(merged);
        merged = contact("5.9.3", true).after(merged);
        assertEquals("10.0.0.2", merged.contact().publicIp());
        assertEquals(Arrays.asList("5.9.1", null, "5.9.3"), merged.reports());
    }

    @Test
    public void aDeviceThatKeepsAskingKeepsOnlyItsLatestReports() {
        ContactWriter.Pending merged = null;
        for (int i = 0; i < 40; i++) {
            merged = contact("5.9." + i, true).after(merged);
        }
        assertEquals(ContactWriter.Pending.MAX_REPORTS, merged.reports().size());
        assertEquals("5.9.39", merged.reports().get(ContactWriter.Pending.MAX_REPORTS - 1));
    }
}
