package org.dialtone.files.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceRemoval;
import org.dialtone.files.DeviceFileStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A deleted device's files go with it: overrides, contacts, logs, licences, everything under its identity. */
@Component(service = DeviceRemoval.class)
public class DeviceFilesRemoval implements DeviceRemoval {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceFilesRemoval.class);
    private final DeviceFileStore files;

    @Activate
    public DeviceFilesRemoval(@Reference DeviceFileStore files) {
        this.files = files;
    }

    @Override
    public void deleted(Device device) {
        String owner = device.identity().value() == null ? null : device.identity().fileOwner();
        if (owner == null || owner.equals(DeviceFileStore.ALL_DEVICES)) {
            return;
        }
        try {
            files.deleteAll(owner);
            LOG.info("Files of deleted device {} removed", owner);
        } catch (IOException e) {
            throw new UncheckedIOException("the files of " + owner + " could not be removed", e);
        }
    }
}
