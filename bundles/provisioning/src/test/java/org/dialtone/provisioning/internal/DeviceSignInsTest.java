package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import org.junit.Test;

public class DeviceSignInsTest {
    private final DeviceSignIns signIns = new DeviceSignIns(3, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofDays(7));

    @Test
    public void aGuesserIsHeldBackButPhonesThatSignedInFromItsAddressAreNot() {
        signIns.succeeded("198.51.100.7", "PlcmSpIp");
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, signIns.wait("198.51.100.7", "admin"));
            signIns.failed("198.51.100.7");
        }
        assertTrue("the guesser waits", signIns.wait("198.51.100.7", "admin").compareTo(Duration.ZERO) > 0);
        assertTrue("a name never seen there waits too", signIns.wait("198.51.100.7", null).compareTo(Duration.ZERO) > 0);
        assertEquals("the site's phones keep signing in", Duration.ZERO, signIns.wait("198.51.100.7", "PlcmSpIp"));
        assertEquals("another address is not held", Duration.ZERO, signIns.wait("203.0.113.9", "admin"));
        signIns.succeeded("198.51.100.7", "PlcmSpIp");
        assertTrue("a phone signing in does not let the guesser off", signIns.wait("198.51.100.7", "admin").compareTo(Duration.ZERO) > 0);
    }

    @Test
    public void eachFurtherFailureDoublesTheWait() {
        for (int i = 0; i < 4; i++) {
            signIns.failed("192.0.2.1");
        }
        Duration one = signIns.wait("192.0.2.1", "x");
        signIns.failed("192.0.2.1");
        Duration two = signIns.wait("192.0.2.1", "x");
        assertTrue(one + " then " + two, two.compareTo(one.plusMillis(500)) > 0 && two.compareTo(Duration.ofSeconds(4)) <= 0);
    }
}
