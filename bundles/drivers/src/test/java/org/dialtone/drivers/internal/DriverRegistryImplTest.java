package org.dialtone.drivers.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialtone.driver.spi.BootStage;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.DeviceModel;
import org.dialtone.driver.spi.IdentityPattern;
import org.dialtone.driver.spi.MasterConfig;
import org.dialtone.driver.spi.Parameter;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.dialtone.drivers.DriverRegistry;
import org.junit.Test;

public class DriverRegistryImplTest {
    /** A driver that claims every request whose user agent contains {@code word}, naming {@code model}. */
    private static DeviceDriver claiming(String family, String word, String model, List<IdentityPattern> patterns) {
        return new DeviceDriver() {
            @Override
            public String family() {
                return family;
            }

            @Override
            public String displayName() {
                return family;
            }

            @Override
            public List<DeviceModel> models() {
                return List.of(new DeviceModel("M1", "Model one", null, "Phone", Set.of()));
            }

            @Override
            public Optional<RecognizedDevice> recognize(ProvisioningRequest request) {
                return request.userAgent().filter(ua -> ua.contains(word))
                        .map(ua -> new RecognizedDevice(family, model, "1.0", BootStage.APPLICATION, DeviceIdentity.mac("0004f2000001")));
            }

            @Override
            public List<IdentityPattern> identityPatterns() {
                return patterns;
            }

            @Override
            public String renderMasterConfig(MasterConfig config) {
                return "";
            }

            @Override
            public String renderConfigFile(List<Parameter> parameters) {
                return "";
            }
        };
    }

    private static ProvisioningRequest request(String path, String userAgent, String body) {
        return new ProvisioningRequest("GET", path, Map.of("user-agent", List.of(userAgent)), body);
    }

    @Test
    public void theSurestDriverWinsWhateverOrderTheyStartedIn() {
        DeviceDriver generic = claiming("generic", "Polycom", "unknown-model", List.of());
        DeviceDriver exact = claiming("exact", "Polycom", "M1", List.of());
        for (List<DeviceDriver> order : List.of(List.of(generic, exact), List.of(exact, generic))) {
            DriverRegistryImpl registry = new DriverRegistryImpl();
            order.forEach(registry::addDriver);
            DriverRegistry.Recognition recognition = registry.recognize(request("0004f2000001.cfg", "Polycom VVX", null)).orElseThrow();
            assertEquals("its own model scores higher", "exact", recognition.driver().family());
        }
    }

    @Test
    public void aDepartedDriversIdentityPatternsStillFindItsDevices() {
        DriverRegistryImpl registry = new DriverRegistryImpl();
        IdentityPattern inBody = new IdentityPattern(IdentityPattern.Where.BODY, Pattern.compile("<serial>([A-Z0-9]+)</serial>"), DeviceIdentity.Kind.SERIAL);
        DeviceDriver acme = claiming("acme", "Acme", "M1", List.of(inBody));
        registry.addDriver(acme);
        ProvisioningRequest poll = request("poll", "Acme/2.0", "<poll><serial>AC123</serial></poll>");
        assertEquals("while it runs, the driver answers", List.of(), registry.identitiesOfMissingFamilies(poll));

        registry.removeDriver(acme);

        assertEquals(List.of(DeviceIdentity.serial("AC123")), registry.identitiesOfMissingFamilies(poll));
        assertEquals("the default patterns read a MAC file name", List.of(DeviceIdentity.mac("0004f2a1b2c3")),
                registry.identitiesOfMissingFamilies(request("0004f2a1b2c3-phone.cfg", "x", null)));
        assertTrue(registry.recognize(poll).isEmpty());
    }

    @Test
    public void aListenerHearsOfTheDriversThatRunThenOfArrivalsAndDepartures() {
        DriverRegistryImpl registry = new DriverRegistryImpl();
        DeviceDriver first = claiming("first", "x", "M1", List.of());
        DeviceDriver second = claiming("second", "y", "M1", List.of());
        registry.addDriver(first);
        List<String> heard = new ArrayList<>();
        registry.listen(new DriverRegistry.Listener() {
            @Override
            public void arrived(DeviceDriver driver) {
                heard.add("+" + driver.family());
            }

            @Override
            public void departed(DeviceDriver driver) {
                heard.add("-" + driver.family());
            }
        });
        registry.addDriver(second);
        registry.removeDriver(first);
        assertEquals(List.of("+first", "+second", "-first"), heard);
        assertEquals(List.of(second), registry.drivers());
        assertEquals(Optional.of(second), registry.byFamily("second"));
    }
}
