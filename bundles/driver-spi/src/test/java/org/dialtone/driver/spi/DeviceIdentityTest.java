package org.dialtone.driver.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class DeviceIdentityTest {
    @Test
    public void macInEveryCommonSpellingIsStoredAsTwelveLowercaseHexDigits() {
        assertEquals("0004f2abcdef", DeviceIdentity.mac("00:04:F2:AB:CD:EF").value());
        assertEquals("0004f2abcdef", DeviceIdentity.mac("00-04-f2-ab-cd-ef").value());
        assertEquals("0004f2abcdef", DeviceIdentity.mac("0004F2ABCDEF").value());
    }

    @Test
    public void malformedMacIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DeviceIdentity.mac("0004f2abcde"));
        assertThrows(IllegalArgumentException.class, () -> DeviceIdentity.mac("0004f2abcdeg"));
        assertThrows(IllegalArgumentException.class, () -> DeviceIdentity.mac("../etc/passwd"));
    }

    @Test
    public void serialWithPathCharactersIsRefused() {
        assertEquals("8L1940A3C5E2", DeviceIdentity.serial("8L1940A3C5E2").value());
        assertThrows(IllegalArgumentException.class, () -> DeviceIdentity.serial("a/b"));
    }
}
