package org.dialtone.store.internal;

import java.util.Optional;
import java.util.function.Supplier;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.store.SchemaReady;
import org.dialtone.store.TlsMaterialRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TlsMaterialRepository.class)
public class JpaTlsMaterialRepository implements TlsMaterialRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaTlsMaterialRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Stored> find(String name) {
        return Jpa.tx(jpa, "TLS material", em -> Optional.ofNullable(em.find(TlsMaterialEntity.class, name)).map(JpaTlsMaterialRepository::stored));
    }

    @Override
    public long put(String name, String sealedValue, String by) {
        return Jpa.tx(jpa, "TLS material", em -> {
            TlsMaterialEntity entity = em.find(TlsMaterialEntity.class, name, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                entity = new TlsMaterialEntity();
                entity.name = name;
                entity.version = 0;
                em.persist(entity);
            }
            entity.sealedValue = sealedValue;
            entity.version = entity.version + 1;
            entity.updatedAt = Jpa.now();
            entity.updatedBy = by;
            em.flush();
            return entity.version;
        });
    }

    @Override
    public void remove(String name) {
        Jpa.tx(jpa, "TLS material", em -> {
            TlsMaterialEntity entity = em.find(TlsMaterialEntity.class, name);
            if (entity != null) {
                em.remove(entity);
            }
            return null;
        });
    }

    @Override
    public Stored getOrCreate(String name, Supplier<String> newSealedValue) {
        Optional<Stored> existing = find(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return Jpa.tx(jpa, "TLS material", em -> {
                TlsMaterialEntity entity = new TlsMaterialEntity();
                entity.name = name;
                entity.sealedValue = newSealedValue.get();
                entity.version = 1;
                entity.updatedAt = Jpa.now();
                em.persist(entity);
                em.flush();
                return stored(entity);
            });
        } catch (RuntimeException lostRace) {
            return find(name).orElseThrow(() -> lostRace);
        }
    }

    private static Stored stored(TlsMaterialEntity entity) {
        return new Stored(entity.name, entity.sealedValue, entity.version, entity.updatedAt, entity.updatedBy);
    }
}
