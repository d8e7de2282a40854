package org.dialtone.inventory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.dialtone.api.inventory.DeviceType;
import org.junit.Test;

public class DriverDeviceTypesTest {
    @Test
    public void csvEndpointTypesLabelsAndFamiliesFindTheirDriversType() {
        DriverDeviceTypes types = TestDrivers.registry();
        assertEquals(Optional.of(new DeviceType("phones", "SoundStation", false)), types.find(" soundstation "));
        assertEquals(Optional.of(new DeviceType("bars", "Polycom Studio", true)), types.find("POLYCOM   STUDIO"));
        assertEquals(Optional.of(new DeviceType("phones", "VVX", false)), types.find("phones"));
        assertEquals(Optional.empty(), types.find("RealPresence Group Series"));
        assertEquals("Polycom Studio, VVX, SoundStation", types.allowed());
    }

    @Test
    public void aRemovedDriversTypesAreGoneAndItsFamilyIsMissing() {
        DriverDeviceTypes types = TestDrivers.registry();
        assertTrue(types.driverPresent("bars"));
        types.departed(TestDrivers.driver("bars", null));
        assertFalse(types.driverPresent("bars"));
        assertEquals(Optional.empty(), types.find("Polycom Studio"));
        assertEquals(2, types.all().size());
    }
}
