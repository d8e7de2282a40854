package org.dialtone.store.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.dialtone.api.ConflictException;
import org.dialtone.store.ProvisioningSettingsRepository;
import org.dialtone.store.SchemaReady;
import org.dialtone.store.StoredProvisioningSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ProvisioningSettingsRepository.class)
public class JpaProvisioningSettingsRepository implements ProvisioningSettingsRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaProvisioningSettingsRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa,
                                             @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public StoredProvisioningSettings load() {
        // RESOURCE_LOCAL templates only support REQUIRED, reads included.
        return jpa.txExpr(TransactionType.Required, em -> toRecord(find(em)));
    }

    @Override
    public StoredProvisioningSettings update(Long expectedVersion, UnaryOperator<StoredProvisioningSettings> change) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                ProvisioningSettingsEntity entity = find(em);
                if (expectedVersion != null && expectedVersion != entity.getVersion()) {
                    throw outdated(expectedVersion, entity.getVersion());
                }
                StoredProvisioningSettings next = change.apply(toRecord(entity));
                entity.assign(next.hostName(), next.downloadPathInside(), next.downloadPathOutside(),
                        next.pollingWindowStart(), next.pollingWindowEnd(), next.accountUser(), next.accountSecret(),
                        LocalDateTime.ofInstant(next.modifiedAt(), ZoneOffset.UTC), next.modifiedBy());
                em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                em.flush();
                return toRecord(entity);
            });
        } catch (RuntimeException e) {
            if (causedBy(e, ConflictException.class) instanceof ConflictException conflict) {
                throw conflict;
            }
            if (causedBy(e, OptimisticLockException.class) != null) {
                throw new ConflictException("The provisioning settings were changed by someone else meanwhile; reload and apply your change again");
            }
            throw e;
        }
    }

    private static ProvisioningSettingsEntity find(EntityManager em) {
        ProvisioningSettingsEntity entity = em.find(ProvisioningSettingsEntity.class, ProvisioningSettingsEntity.SINGLETON_ID);
        if (entity == null) {
            throw new IllegalStateException("provisioning_settings has no row; the schema migration V001 did not run completely");
        }
        return entity;
    }

    private static ConflictException outdated(long expected, long actual) {
        return new ConflictException("The provisioning settings are at version " + actual + ", not " + expected
                + "; someone changed them meanwhile. Reload and apply your change again");
    }

    private static Throwable causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static StoredProvisioningSettings toRecord(ProvisioningSettingsEntity e) {
        return new StoredProvisioningSettings(e.getHostName(), e.getDownloadPathInside(), e.getDownloadPathOutside(),
                e.getPollingWindowStart(), e.getPollingWindowEnd(), e.getAccountUser(), e.getAccountSecret(),
                e.getModifiedAt().toInstant(ZoneOffset.UTC), e.getModifiedBy(), e.getVersion());
    }
}
