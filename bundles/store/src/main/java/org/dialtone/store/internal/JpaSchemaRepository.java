package org.dialtone.store.internal;

import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.store.SchemaReady;
import org.dialtone.store.SchemaRepository;
import org.dialtone.store.StoredSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = SchemaRepository.class)
public class JpaSchemaRepository implements SchemaRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaSchemaRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public boolean remove(String kind) {
        return Jpa.tx(jpa, "device schema", em -> em.createQuery("DELETE FROM DeviceSchemaEntity s WHERE s.kind = :kind")
                .setParameter("kind", kind).executeUpdate() > 0);
    }

    @Override
    public void save(StoredSchema schema) {
        Jpa.tx(jpa, "device schema", em -> {
            em.createQuery("DELETE FROM DeviceSchemaEntity s WHERE s.kind = :kind").setParameter("kind", schema.kind()).executeUpdate();
            DeviceSchemaEntity entity = new DeviceSchemaEntity();
            entity.kind = schema.kind();
            entity.name = schema.name();
            entity.sha256 = schema.sha256();
            entity.bytes = schema.bytes();
            entity.attributeCount = schema.attributeCount();
            entity.body = schema.body();
            entity.uploadedAt = Jpa.utc(schema.uploadedAt()).withNano(0);
            entity.uploadedBy = schema.uploadedBy();
            em.persist(entity);
            return null;
        });
    }

    @Override
    public Optional<StoredSchema> describe(String kind) {
        return Jpa.tx(jpa, "device schema", em -> {
            List<Object[]> rows = em.createQuery("SELECT s.name, s.sha256, s.bytes, s.attributeCount, s.uploadedBy, s.uploadedAt "
                    + "FROM DeviceSchemaEntity s WHERE s.kind = :kind", Object[].class).setParameter("kind", kind).getResultList();
            return rows.stream().findFirst().map(r -> new StoredSchema(kind, (String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).intValue(), null, (String) r[4], Jpa.instant((java.time.LocalDateTime) r[5])));
        });
    }

    @Override
    public Optional<StoredSchema> load(String kind) {
        return Jpa.tx(jpa, "device schema", em -> em.createQuery("SELECT s FROM DeviceSchemaEntity s WHERE s.kind = :kind", DeviceSchemaEntity.class)
                .setParameter("kind", kind).getResultList().stream().findFirst()
                .map(s -> new StoredSchema(s.kind, s.name, s.sha256, s.bytes, s.attributeCount, s.body, s.uploadedBy, Jpa.instant(s.uploadedAt))));
    }
}
