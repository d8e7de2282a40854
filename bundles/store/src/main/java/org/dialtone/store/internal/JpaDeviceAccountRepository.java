package org.dialtone.store.internal;

import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.store.DeviceAccountRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DeviceAccountRepository.class)
public class JpaDeviceAccountRepository implements DeviceAccountRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaDeviceAccountRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Optional<DeviceAccount> find(String mac, String serialNumber) {
        return Jpa.tx(jpa, "device account", em -> {
            List<Object[]> rows = em.createQuery("SELECT d.id, d.provPassword, d.provAccountUsedAt FROM DeviceEntity d WHERE "
                            + (mac != null ? "d.mac = :id" : "d.serialNumber = :id") + " AND d.provPassword IS NOT NULL", Object[].class)
                    .setParameter("id", mac != null ? mac : serialNumber).getResultList();
            return rows.stream().findFirst().map(JpaDeviceAccountRepository::account);
        });
    }

    @Override
    public Optional<DeviceAccount> issue(long deviceId, String sealedPassword) {
        return Jpa.tx(jpa, "device account", em -> {
            // Only where none is set: a node that loses the race reads the winner's password.
            em.createQuery("UPDATE DeviceEntity d SET d.provPassword = :p WHERE d.id = :id AND d.provPassword IS NULL")
                    .setParameter("p", sealedPassword).setParameter("id", deviceId).executeUpdate();
            return em.createQuery("SELECT d.id, d.provPassword, d.provAccountUsedAt FROM DeviceEntity d WHERE d.id = :id", Object[].class)
                    .setParameter("id", deviceId).getResultList().stream().findFirst().map(JpaDeviceAccountRepository::account);
        });
    }

    @Override
    public void markUsed(long deviceId) {
        Jpa.tx(jpa, "device account", em -> em.createQuery("UPDATE DeviceEntity d SET d.provAccountUsedAt = :now WHERE d.id = :id"
                + " AND d.provAccountUsedAt IS NULL AND d.provPassword IS NOT NULL").setParameter("now", Jpa.now())
                .setParameter("id", deviceId).executeUpdate());
    }

    @Override
    public boolean clear(long deviceId) {
        return Jpa.tx(jpa, "device account", em -> em.createQuery("UPDATE DeviceEntity d SET d.provPassword = NULL,"
                + " d.provAccountUsedAt = NULL WHERE d.id = :id AND d.provPassword IS NOT NULL").setParameter("id", deviceId)
                .executeUpdate() > 0);
    }

    private static DeviceAccount account(Object[] row) {
        return new DeviceAccount(((Number) row[0]).longValue(), (String) row[1], Jpa.instant((java.time.LocalDateTime) row[2]));
    }
}
