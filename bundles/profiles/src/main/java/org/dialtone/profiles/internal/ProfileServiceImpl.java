package org.dialtone.profiles.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.profiles.ApplyChoice;
import org.dialtone.api.profiles.ChangeResult;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.ProfileInput;
import org.dialtone.api.profiles.ProfileQuery;
import org.dialtone.api.profiles.ProfileService;
import org.dialtone.api.profiles.ProfileType;
import org.dialtone.api.profiles.SchemaService;
import org.dialtone.store.AffectedDevices;
import org.dialtone.store.ProfileRepository;
import org.dialtone.store.ProfileWrite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = ProfileService.class)
public class ProfileServiceImpl implements ProfileService {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileServiceImpl.class);
    private final ProfileRepository profiles;
    private final Changes changes;
    private final SchemaService schema;
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile PresentDrivers presentDrivers;
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.software.SoftwareImageService software;
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.files.ResourceFileService resourceFiles;

    @Activate
    public ProfileServiceImpl(@Reference ProfileRepository profiles, @Reference Changes changes, @Reference SchemaService schema) {
        this.profiles = profiles;
        this.changes = changes;
        this.schema = schema;
    }

    @Override
    public Page<Profile> list(ProfileQuery query, PageRequest page) {
        PresentDrivers drivers = presentDrivers;
        Page<Profile> found = profiles.list(query, page, drivers == null ? java.util.Set.of() : drivers.families());
        return new Page<>(found.items().stream().map(this::withSoftwareProblem).toList(), found.total(), found.offset(), found.limit());
    }

    @Override
    public Profile get(long id) {
        return withWarnings(withSoftwareProblem(profiles.get(id)));
    }

    /** What the schema that applies says of the values: warnings, so that a vendor's own file always imports. */
    private Profile withWarnings(Profile profile) {
        List<String> warnings = schema.check(profile.attributes(), profile.softwareImageId());
        return warnings.isEmpty() ? profile : profile.withWarnings(warnings);
    }

    /** A selected image that is gone (deleted with force) is named, with what to do; the devices keep their firmware. */
    private Profile withSoftwareProblem(Profile profile) {
        org.dialtone.api.software.SoftwareImageService images = software;
        if (profile.softwareImageId() == null || images == null || images.find(profile.softwareImageId()).isPresent()) {
            return profile;
        }
        return profile.withSoftwareProblem("Couldn't find software image " + profile.softwareImageId()
                + ": select another image for this profile, or upload the image again; its devices keep their current firmware");
    }

    @Override
    public Profile create(ProfileInput profile, String actor) {
        Profile created = withWarnings(profiles.create(write(profile, ProfileType.USER_DEFINED), actor));
        LOG.info("Profile {} ({}) created by {}", created.name(), created.id(), actor);
        return created;
    }

    @Override
    public ChangeResult update(long id, ProfileInput profile, ApplyChoice apply, String actor) {
        Profile current = profiles.get(id);
        ProfileRules.requireEditable(current, "edited");
        ProfileInput input = current.type() == ProfileType.USER_IMPORTED
                ? new ProfileInput(current.name(), current.description(), null, profile.attributes(), profile.expectedVersion())
                : profile;
        Profile updated = profiles.update(id, profile.expectedVersion(), write(input, current.type(), current.softwareImageId()), actor);
        changes.refresh(true);
        return changes.result("profile " + updated.name() + " changed", profiles.reachedBy(id), apply, actor);
    }

    @Override
    public Profile copy(long id, String newName, String actor) {
        Profile source = profiles.get(id);
        if (source.type() == ProfileType.SOFTWARE) {
            throw new InvalidInputException("profile", source.name() + " is a software profile; select the image in a profile of your own instead");
        }
        ProfileInput copy = new ProfileInput(newName, source.description(), source.softwareImageId(), source.attributes(), null);
        return create(copy, actor);
    }

    @Override
    public ChangeResult delete(long id, ApplyChoice apply, String actor) {
        Profile profile = profiles.get(id);
        ProfileRules.requireEditable(profile, "deleted");
        AffectedDevices affected = profiles.reachedBy(id);
        profiles.delete(id);
        changes.refresh(true);
        return changes.result("profile " + profile.name() + " deleted", affected, apply, actor);
    }

    @Override
    public List<ProfileAttribute> readConfigFile(InputStream file) {
        return ConfigFileReader.read(file);
    }

    @Override
    public Profile createFromConfigFile(String name, String description, InputStream file, String actor) {
        ProfileRules.name("name", name);
        return create(new ProfileInput(name, description, null, ConfigFileReader.read(file), null), actor);
    }

    @Override
    public ChangeResult addConfigFile(long id, InputStream file, ApplyChoice apply, String actor) {
        Profile current = profiles.get(id);
        List<ProfileAttribute> merged = new ArrayList<>(current.attributes());
        merged.addAll(ConfigFileReader.read(file));
        return update(id, new ProfileInput(current.name(), current.description(), current.softwareImageId(), merged, current.version()),
                apply, actor);
    }

    @Override
    public void exportZip(List<Long> ids, OutputStream out) throws IOException {
        List<Profile> selected = new ArrayList<>();
        if (ids == null || ids.isEmpty()) {
            int offset = 0;
            while (true) {
                Page<Profile> page = profiles.list(new ProfileQuery(null, ProfileType.USER_DEFINED, false), new PageRequest(offset, PageRequest.MAX_LIMIT), null);
                page.items().forEach(p -> selected.add(profiles.get(p.id())));
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
        } else {
            for (Long id : ids) {
                Profile profile = profiles.get(id);
                if (profile.type() != ProfileType.USER_DEFINED) {
                    throw new InvalidInputException("ids", profile.name() + " is not a user-defined profile; only those are exported");
                }
                selected.add(profile);
            }
        }
        ProfileZip.write(selected, out);
    }

    @Override
    public List<Profile> importZip(InputStream zip, boolean overwrite, String actor) {
        Map<String, ProfileZip.Entry> entries = new LinkedHashMap<>();
        for (ProfileZip.Entry entry : ProfileZip.read(zip)) {
            entries.put(entry.name().toLowerCase(java.util.Locale.ROOT), entry);
        }
        List<Profile> result = new ArrayList<>();
        for (ProfileZip.Entry entry : entries.values()) {
            ProfileInput input = new ProfileInput(entry.name(), entry.description(), null, entry.attributes(), null);
            Page<Profile> existing = profiles.list(new ProfileQuery(entry.name(), null, false), new PageRequest(0, 50), null);
            Profile same = existing.items().stream().filter(p -> p.name().equalsIgnoreCase(entry.name())).findFirst().orElse(null);
            if (same != null && overwrite && same.type() == ProfileType.USER_DEFINED) {
                profiles.update(same.id(), null, write(input, ProfileType.USER_DEFINED), actor);
                result.add(profiles.get(same.id()));
            } else {
                result.add(profiles.create(write(input, ProfileType.USER_DEFINED), actor));
            }
        }
        changes.refresh(true);
        return result;
    }

    /** Checks the input; parameters the schema defines (the selected image's, else the default) must have values it accepts. */
    private ProfileWrite write(ProfileInput input, ProfileType type) {
        return write(input, type, null);
    }

    /** @param selected the image the profile selects now: keeping it needs no new check (it may since have gone) */
    /**
     * A parameter bound to a resource file takes the file's name as its value (the device gets the file's URL); binding a
     * file that does not exist is refused.
     */
    private List<ProfileAttribute> bound(List<ProfileAttribute> attributes) {
        if (attributes.stream().noneMatch(a -> a.resourceFileId() != null)) {
            return attributes;
        }
        org.dialtone.api.files.ResourceFileService files = resourceFiles;
        if (files == null) {
            throw new org.dialtone.api.UnavailableException("Resource files are not available right now; bind the file again in a moment");
        }
        List<ProfileAttribute> named = new ArrayList<>(attributes.size());
        for (int i = 0; i < attributes.size(); i++) {
            ProfileAttribute a = attributes.get(i);
            if (a.resourceFileId() == null) {
                named.add(a);
                continue;
            }
            String field = "attributes[" + i + "].resourceFileId";
            org.dialtone.api.files.ResourceFile file = files.find(a.resourceFileId()).orElseThrow(() -> new InvalidInputException(field,
                    "no resource file has id " + a.resourceFileId() + "; upload it first or list the resource files to find it"));
            named.add(new ProfileAttribute(a.name(), file.name(), file.id()));
        }
        return named;
    }

    private ProfileWrite write(ProfileInput input, ProfileType type, Long selected) {
        List<ProfileAttribute> attributes = bound(ProfileRules.attributes(input.attributes()));
        org.dialtone.api.software.SoftwareImageService images = software;
        if (input.softwareImageId() != null && !input.softwareImageId().equals(selected) && images != null) {
            images.checkSelectable(input.softwareImageId());
        }
        return new ProfileWrite(ProfileRules.name("name", input.name()), ProfileRules.description(input.description()), type,
                Profile.PHONE_PROVISION, input.softwareImageId(), null, attributes);
    }
}
