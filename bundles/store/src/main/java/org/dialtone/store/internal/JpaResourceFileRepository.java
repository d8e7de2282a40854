package org.dialtone.store.internal;

import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.files.ResourceFile;
import org.dialtone.store.ResourceFileRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ResourceFileRepository.class)
public class JpaResourceFileRepository implements ResourceFileRepository {
    private static final int MAX_LISTED = 10_000;
    private final JpaTemplate jpa;

    @Activate
    public JpaResourceFileRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public List<ResourceFile> list() {
        return Jpa.tx(jpa, "resource file", em -> em.createQuery("SELECT r FROM ResourceFileEntity r ORDER BY r.nameKey", ResourceFileEntity.class)
                .setMaxResults(MAX_LISTED).getResultList().stream().map(JpaResourceFileRepository::toFile).toList());
    }

    @Override
    public Optional<ResourceFile> find(String name) {
        return Jpa.tx(jpa, "resource file", em -> byName(em, name).map(JpaResourceFileRepository::toFile));
    }

    @Override
    public Optional<ResourceFile> find(long id) {
        return Jpa.tx(jpa, "resource file", em -> Optional.ofNullable(em.find(ResourceFileEntity.class, id)).map(JpaResourceFileRepository::toFile));
    }

    @Override
    public ResourceFile save(String name, String description, String sha256, long bytes, String actor) {
        return Jpa.tx(jpa, "resource file", em -> {
            ResourceFileEntity entity = byName(em, name).orElseGet(ResourceFileEntity::new);
            boolean created = entity.nameKey == null;
            entity.name = name;
            entity.nameKey = Jpa.key(name);
            entity.description = description;
            entity.sha256 = sha256;
            entity.bytes = bytes;
            entity.uploadedAt = Jpa.now();
            entity.uploadedBy = actor;
            if (created) {
                em.persist(entity);
            }
            em.flush();
            return toFile(entity);
        });
    }

    @Override
    public boolean delete(String name) {
        return Jpa.tx(jpa, "resource file", em -> {
            ResourceFileEntity entity = byName(em, name).orElseThrow(() -> new org.dialtone.api.NotFoundException(
                    "There is no resource file named " + name + "; list the resource files to find the right one"));
            List<String> bound = em.createQuery("SELECT DISTINCT p.name FROM ProfileAttributeEntity a, ProfileEntity p"
                    + " WHERE a.resourceFileId = :id AND a.profileId = p.id ORDER BY p.name", String.class)
                    .setParameter("id", entity.id).setMaxResults(20).getResultList();
            if (!bound.isEmpty()) {
                throw new org.dialtone.api.ConflictException("Resource file " + entity.name + " is bound to parameters of profile(s) "
                        + String.join(", ", bound) + ": unbind it there (or delete those parameters) first");
            }
            em.remove(entity);
            em.flush();
            return !em.createQuery("SELECT r.id FROM ResourceFileEntity r WHERE r.sha256 = :sha", Long.class)
                    .setParameter("sha", entity.sha256).setMaxResults(1).getResultList().isEmpty();
        });
    }

    private static Optional<ResourceFileEntity> byName(EntityManager em, String name) {
        return em.createQuery("SELECT r FROM ResourceFileEntity r WHERE r.nameKey = :key", ResourceFileEntity.class)
                .setParameter("key", Jpa.key(name)).getResultList().stream().findFirst();
    }

    private static ResourceFile toFile(ResourceFileEntity r) {
        return new ResourceFile(r.id, r.name, r.description, r.sha256, r.bytes, r.uploadedBy, Jpa.instant(r.uploadedAt));
    }
}
