package org.dialtone.store.internal;

import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.store.DeviceApiPinRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DeviceApiPinRepository.class)
public class JpaDeviceApiPinRepository implements DeviceApiPinRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaDeviceApiPinRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Optional<String> pin(long deviceId) {
        return Jpa.tx(jpa, "device certificate", em -> ((List<?>) em.createNativeQuery("SELECT sha256 FROM device_api_pin WHERE device_id = ?1")
                .setParameter(1, deviceId).getResultList()).stream().map(v -> ((String) v).strip()).findFirst());
    }

    @Override
    public String pinFirst(long deviceId, String sha256) {
        try {
            Jpa.tx(jpa, "device certificate", em -> em.createNativeQuery("INSERT INTO device_api_pin (device_id, sha256, pinned_at)"
                    + " SELECT ?1, ?2, ?3 FROM device d WHERE d.id = ?1 AND NOT EXISTS (SELECT 1 FROM device_api_pin p WHERE p.device_id = ?1)")
                    .setParameter(1, deviceId).setParameter(2, sha256).setParameter(3, Jpa.now()).executeUpdate());
        } catch (RuntimeException e) {
            // Another node pinned it at the same moment; its pin holds.
        }
        return pin(deviceId).orElse(sha256);
    }

    @Override
    public boolean forget(long deviceId) {
        return Jpa.tx(jpa, "device certificate", em -> em.createNativeQuery("DELETE FROM device_api_pin WHERE device_id = ?1")
                .setParameter(1, deviceId).executeUpdate()) > 0;
    }
}
