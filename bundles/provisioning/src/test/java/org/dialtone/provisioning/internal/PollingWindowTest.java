package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

public class PollingWindowTest {
    private static final LocalTime THREE = LocalTime.of(3, 0);
    private static final LocalTime FIVE = LocalTime.of(5, 0);

    @Test
    public void devicesSpreadOverTheWholeWindowAndEachKeepsItsTime() {
        Map<Integer, Integer> perHalfHour = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            String mac = String.format("0004f2%06x", i);
            LocalTime at = PollingWindow.timeFor(mac, THREE, FIVE);
            assertFalse(at + " before the window", at.isBefore(THREE));
            assertTrue(at + " after the window", at.isBefore(FIVE));
            assertEquals("the same device polls at the same time every day", at, PollingWindow.timeFor(mac, THREE, FIVE));
            perHalfHour.merge((at.getHour() * 60 + at.getMinute() - 180) / 30, 1, Integer::sum);
        }
        assertEquals(4, perHalfHour.size());
        perHalfHour.values().forEach(n -> assertTrue("about 500 devices per half hour: " + perHalfHour, n > 400 && n < 600));
    }

    @Test
    public void aWindowOverMidnightWrapsAround() {
        LocalTime at = PollingWindow.timeFor("0004f2abcdef", LocalTime.of(23, 0), LocalTime.of(1, 0));
        assertTrue(at.toString(), !at.isBefore(LocalTime.of(23, 0)) || at.isBefore(LocalTime.of(1, 0)));
    }
}
