package org.dialtone.drivers;

import java.util.List;
import java.util.Optional;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;

/**
 * The device drivers that run on this node. Every part of Dialtone that needs a driver asks here; none tracks the
 * driver services itself.
 */
public interface DriverRegistry {
    /** What a driver read from a request, and how sure it is. */
    record Recognition(DeviceDriver driver, RecognizedDevice device, int support) {
    }

    /** Told of every driver that runs when it starts listening, then of each arrival and departure. */
    interface Listener {
        void arrived(DeviceDriver driver);

        void departed(DeviceDriver driver);
    }

    /** The running drivers, by family. */
    List<DeviceDriver> drivers();

    Optional<DeviceDriver> byFamily(String family);

    /**
     * The driver that claims the request with the highest support ({@link DeviceDriver#support}); on a tie the first
     * family in alphabetical order, so the answer never depends on which bundle started first.
     */
    Optional<Recognition> recognize(ProvisioningRequest request);

    /**
     * The identities a request no running driver claims may carry, read with the identity patterns of drivers that have
     * gone away since this node started and with the default ones (a MAC starting the file name, {@code SN:} in the user
     * agent): to find a device whose driver is missing.
     */
    List<DeviceIdentity> identitiesOfMissingFamilies(ProvisioningRequest request);

    void listen(Listener listener);

    void unlisten(Listener listener);
}
