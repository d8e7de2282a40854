package org.dialtone.store.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.ConflictException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.software.SoftwareFile;
import org.dialtone.api.software.SoftwareImage;
import org.dialtone.store.SchemaReady;
import org.dialtone.store.SoftwareImageRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = SoftwareImageRepository.class)
public class JpaSoftwareImageRepository implements SoftwareImageRepository {
    private static final int MAX_LISTED = 10_000;
    private final JpaTemplate jpa;

    @Activate
    public JpaSoftwareImageRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public List<SoftwareImage> list() {
        return Jpa.tx(jpa, "software image", em -> {
            List<SoftwareImageEntity> images = em.createQuery("SELECT i FROM SoftwareImageEntity i ORDER BY i.nameKey", SoftwareImageEntity.class)
                    .setMaxResults(MAX_LISTED).getResultList();
            Map<Long, List<SoftwareFile>> files = files(em, images.stream().map(i -> i.id).toList());
            return images.stream().map(i -> toImage(i, files.getOrDefault(i.id, List.of()))).toList();
        });
    }

    @Override
    public Optional<SoftwareImage> get(long id) {
        return Jpa.tx(jpa, "software image", em -> Optional.ofNullable(em.find(SoftwareImageEntity.class, id))
                .map(i -> toImage(i, files(em, List.of(id)).getOrDefault(id, List.of()))));
    }

    @Override
    public SoftwareImage create(String name, Set<String> families, String version, Set<String> models, String sha256, long bytes,
                                List<SoftwareFile> files, String actor) {
        return Jpa.tx(jpa, "software image", em -> {
            if (Jpa.nameTaken(em, "SoftwareImageEntity", name, null)) {
                throw new ConflictException("A software image named " + name + " exists; delete it first or upload under another name");
            }
            SoftwareImageEntity image = new SoftwareImageEntity();
            image.name = name;
            image.nameKey = Jpa.key(name);
            image.families = String.join(",", new TreeSet<>(families));
            image.version = version;
            image.models = String.join(",", new TreeSet<>(models));
            image.sha256 = sha256;
            image.bytes = bytes;
            image.uploadedAt = Jpa.now();
            image.uploadedBy = actor;
            em.persist(image);
            em.flush();
            for (SoftwareFile f : files) {
                SoftwareImageFileEntity file = new SoftwareImageFileEntity();
                file.imageId = image.id;
                file.name = f.name();
                file.sha256 = f.sha256();
                file.bytes = f.bytes();
                em.persist(file);
            }
            // The guide's Software profile: read-only, selecting the image, for deployment like any other profile.
            ProfileEntity profile = new ProfileEntity();
            String profileName = "Software-" + name;
            profile.name = Jpa.nameTaken(em, "ProfileEntity", profileName, null) ? profileName + "-" + image.id : profileName;
            profile.nameKey = Jpa.key(profile.name);
            profile.description = "Installs " + name + " (" + version + ")";
            profile.type = org.dialtone.api.profiles.ProfileType.SOFTWARE.name();
            profile.mode = org.dialtone.api.profiles.Profile.PHONE_PROVISION;
            profile.softwareImageId = image.id;
            profile.modifiedAt = image.uploadedAt;
            profile.modifiedBy = actor;
            em.persist(profile);
            em.flush();
            return toImage(image, files);
        });
    }

    @Override
    public List<org.dialtone.api.software.SoftwareLicense> licenses() {
        return Jpa.tx(jpa, "software licence", em -> em.createQuery("SELECT l, i.name FROM SoftwareLicenseEntity l, SoftwareImageEntity i"
                        + " WHERE l.imageId = i.id ORDER BY i.nameKey", Object[].class).setMaxResults(MAX_LISTED).getResultList().stream()
                .map(r -> toLicense((SoftwareLicenseEntity) r[0], (String) r[1])).toList());
    }

    @Override
    public Optional<org.dialtone.api.software.SoftwareLicense> license(long imageId) {
        return Jpa.tx(jpa, "software licence", em -> em.createQuery("SELECT l, i.name FROM SoftwareLicenseEntity l, SoftwareImageEntity i"
                        + " WHERE l.imageId = i.id AND l.imageId = :id", Object[].class).setParameter("id", imageId).getResultList().stream()
                .findFirst().map(r -> toLicense((SoftwareLicenseEntity) r[0], (String) r[1])));
    }

    @Override
    public org.dialtone.api.software.SoftwareLicense saveLicense(long imageId, String fileName, String content, String actor) {
        return Jpa.tx(jpa, "software licence", em -> {
            SoftwareImageEntity image = em.find(SoftwareImageEntity.class, imageId);
            if (image == null) {
                throw new NotFoundException("There is no software image with id " + imageId + "; list the software images to find the right one");
            }
            SoftwareLicenseEntity license = em.find(SoftwareLicenseEntity.class, imageId);
            boolean created = license == null;
            if (created) {
                license = new SoftwareLicenseEntity();
                license.imageId = imageId;
            }
            license.fileName = fileName;
            license.content = content;
            license.uploadedAt = Jpa.now();
            license.uploadedBy = actor;
            if (created) {
                em.persist(license);
            }
            em.flush();
            return toLicense(license, image.name);
        });
    }

    @Override
    public boolean deleteLicense(long imageId) {
        return Jpa.tx(jpa, "software licence", em -> em.createQuery("DELETE FROM SoftwareLicenseEntity l WHERE l.imageId = :id")
                .setParameter("id", imageId).executeUpdate() > 0);
    }

    private static org.dialtone.api.software.SoftwareLicense toLicense(SoftwareLicenseEntity l, String imageName) {
        return new org.dialtone.api.software.SoftwareLicense(l.imageId, imageName, l.fileName, l.content, l.uploadedBy, Jpa.instant(l.uploadedAt));
    }

    @Override
    public List<String> profilesSelecting(long id) {
        return Jpa.tx(jpa, "software image", em -> em.createQuery("SELECT p.name FROM ProfileEntity p WHERE p.softwareImageId = :id AND p.type <> 'SOFTWARE' ORDER BY p.name",
                String.class).setParameter("id", id).setMaxResults(100).getResultList());
    }

    @Override
    public Set<String> delete(long id, boolean force) {
        return Jpa.tx(jpa, "software image", em -> {
            SoftwareImageEntity image = em.find(SoftwareImageEntity.class, id);
            if (image == null) {
                throw new NotFoundException("There is no software image with id " + id + "; list the software images to find the right one");
            }
            List<Long> selecting = em.createQuery("SELECT p.id FROM ProfileEntity p WHERE p.softwareImageId = :id AND p.type <> 'SOFTWARE'",
                    Long.class).setParameter("id", id).getResultList();
            List<Long> own = em.createQuery("SELECT p.id FROM ProfileEntity p WHERE p.softwareImageId = :id AND p.type = 'SOFTWARE'", Long.class)
                    .setParameter("id", id).getResultList();
            long deployed = own.isEmpty() ? 0 : em.createQuery("SELECT COUNT(d) FROM DeploymentEntity d WHERE d.profileId IN :ids", Long.class)
                    .setParameter("ids", own).getSingleResult();
            if ((!selecting.isEmpty() || deployed > 0) && !force) {
                throw new ConflictException("Software image " + image.name + " is selected by " + selecting.size() + " profile(s) and its"
                        + " software profile is deployed in " + deployed + " place(s); select another image first, or delete with force=true"
                        + " (profiles then show that the image is missing, and devices keep their software)");
            }
            for (Long profile : own) {
                em.createQuery("DELETE FROM DeploymentEntity d WHERE d.profileId = :p").setParameter("p", profile).executeUpdate();
                em.createQuery("DELETE FROM ProfileEntity p WHERE p.id = :p").setParameter("p", profile).executeUpdate();
                ConfigChanges.record(em, ConfigChanges.PROFILE, profile);
            }
            Set<String> content = new HashSet<>();
            content.add(image.sha256);
            em.createQuery("SELECT f.sha256 FROM SoftwareImageFileEntity f WHERE f.imageId = :id", String.class).setParameter("id", id)
                    .getResultList().forEach(content::add);
            em.createQuery("DELETE FROM SoftwareImageFileEntity f WHERE f.imageId = :id").setParameter("id", id).executeUpdate();
            em.createQuery("DELETE FROM SoftwareLicenseEntity l WHERE l.imageId = :id").setParameter("id", id).executeUpdate();
            em.remove(image);
            // Profiles keep the id: they show the image as missing, and their devices keep their firmware.
            selecting.forEach(profile -> ConfigChanges.record(em, ConfigChanges.PROFILE, profile));
            em.flush();
            Set<String> stillUsed = new HashSet<>(em.createQuery("SELECT i.sha256 FROM SoftwareImageEntity i WHERE i.sha256 IN :s", String.class)
                    .setParameter("s", content).getResultList());
            stillUsed.addAll(em.createQuery("SELECT f.sha256 FROM SoftwareImageFileEntity f WHERE f.sha256 IN :s", String.class)
                    .setParameter("s", content).getResultList());
            content.removeAll(stillUsed);
            return content;
        });
    }

    private static Map<Long, List<SoftwareFile>> files(EntityManager em, List<Long> ids) {
        Map<Long, List<SoftwareFile>> files = new HashMap<>();
        for (List<Long> chunk : Jpa.chunks(ids)) {
            em.createQuery("SELECT f FROM SoftwareImageFileEntity f WHERE f.imageId IN :ids ORDER BY f.imageId, f.name", SoftwareImageFileEntity.class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(f -> files.computeIfAbsent(f.imageId, k -> new java.util.ArrayList<>()).add(new SoftwareFile(f.name, f.sha256, f.bytes)));
        }
        return files;
    }

    private static SoftwareImage toImage(SoftwareImageEntity i, List<SoftwareFile> files) {
        return new SoftwareImage(i.id, i.name, split(i.families), i.version, split(i.models), i.sha256, i.bytes, files, i.uploadedBy,
                Jpa.instant(i.uploadedAt));
    }

    private static Set<String> split(String list) {
        return list == null || list.isEmpty() ? Set.of() : Arrays.stream(list.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }
}
