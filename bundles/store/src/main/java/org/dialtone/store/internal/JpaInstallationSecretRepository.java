package org.dialtone.store.internal;

import java.util.function.Supplier;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.store.InstallationSecretRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = InstallationSecretRepository.class)
public class JpaInstallationSecretRepository implements InstallationSecretRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaInstallationSecretRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public String getOrCreate(String name, Supplier<String> newSealedValue) {
        String existing = Jpa.tx(jpa, "installation secret", em -> {
            InstallationSecretEntity found = em.find(InstallationSecretEntity.class, name);
            return found == null ? null : found.sealedValue;
        });
        if (existing != null) {
            return existing;
        }
        try {
            return Jpa.tx(jpa, "installation secret", em -> {
                InstallationSecretEntity secret = new InstallationSecretEntity();
                secret.name = name;
                secret.sealedValue = newSealedValue.get();
                secret.createdAt = Jpa.now();
                em.persist(secret);
                em.flush();
                return secret.sealedValue;
            });
        } catch (RuntimeException lostRace) {
            return Jpa.tx(jpa, "installation secret", em -> {
                InstallationSecretEntity found = em.find(InstallationSecretEntity.class, name);
                if (found == null) {
                    throw lostRace;
                }
                return found.sealedValue;
            });
        }
    }
}
