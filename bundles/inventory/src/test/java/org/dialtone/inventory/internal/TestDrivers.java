package org.dialtone.inventory.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.DeviceModel;
import org.dialtone.driver.spi.MasterConfig;
import org.dialtone.driver.spi.Parameter;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;

/** Two drivers as the device types registry sees them: a MAC-identified phone family and a serial-identified bar. */
final class TestDrivers {
    private TestDrivers() {
    }

    static DriverDeviceTypes registry() {
        DriverDeviceTypes types = new DriverDeviceTypes();
        types.arrived(driver("phones", DeviceIdentity.Kind.MAC,
                new DeviceModel("VVX411", "VVX 411", "3111-48450-001", "VVX", Set.of("VVX")),
                new DeviceModel("SSIP5000", "SoundStation IP 5000", null, "SoundStation", Set.of("SoundStation"))));
        types.arrived(driver("bars", DeviceIdentity.Kind.SERIAL,
                new DeviceModel("Studio", "Polycom Studio", null, "Polycom Studio", Set.of("Polycom Studio", "Studio"))));
        return types;
    }

    static DeviceDriver driver(String family, DeviceIdentity.Kind identity, DeviceModel... models) {
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
            public DeviceIdentity.Kind identifiedBy() {
                return identity;
            }

            @Override
            public List<DeviceModel> models() {
                return List.of(models);
            }

            @Override
            public Optional<RecognizedDevice> recognize(ProvisioningRequest request) {
                return Optional.empty();
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
}
