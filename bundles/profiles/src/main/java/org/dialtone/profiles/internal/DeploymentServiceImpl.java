package org.dialtone.profiles.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.ApplyChoice;
import org.dialtone.api.profiles.ChangeResult;
import org.dialtone.api.profiles.Container;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.DeploymentService;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.profiles.Profile;
import org.dialtone.store.AffectedDevices;
import org.dialtone.store.ConfigChange;
import org.dialtone.store.DeploymentRepository;
import org.dialtone.store.ResolutionData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deployment and effective configurations. Effective configurations are computed on demand and cached per
 * device; before answering from the cache, the changes other writers (this node or another) recorded since
 * the last look are applied, at most once per {@code changePollMillis}.
 */
@Component(service = {DeploymentService.class, Changes.class}, configurationPid = "org.dialtone.profiles")
@Designate(ocd = DeploymentServiceImpl.Config.class)
public class DeploymentServiceImpl implements DeploymentService, Changes {
    @ObjectClassDefinition(name = "Dialtone effective configuration cache")
    public @interface Config {
        @AttributeDefinition(description = "Devices whose effective configuration is kept in memory")
        int cacheSize() default 10_000;

        @AttributeDefinition(description = "How stale a cached configuration may be after a change on another node, in ms")
        long changePollMillis() default 250;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentServiceImpl.class);
    private static final long PRUNE_MILLIS = 10 * 60 * 1000;
    private final DeploymentRepository deployments;
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile PresentDrivers presentDrivers;
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.inventory.DeviceTypes deviceTypes;
    private final EffectiveConfigCache cache;
    private final long pollMillis;
    private long lastChange;
    private volatile long lastPoll;
    private final java.util.concurrent.locks.ReentrantLock polling = new java.util.concurrent.locks.ReentrantLock();
    private long lastPrune;

    @Activate
    public DeploymentServiceImpl(@Reference DeploymentRepository deployments, Config config) {
        this.deployments = deployments;
        this.cache = new EffectiveConfigCache(config.cacheSize());
        this.pollMillis = config.changePollMillis();
        this.lastChange = deployments.lastChangeId();
    }

    @Override
    public List<Profile> profilesOf(Container container) {
        return deployments.profilesOf(normalized(container, false));
    }

    @Override
    public ChangeResult setProfiles(Container container, List<Long> profileIds, ApplyChoice apply, String actor) {
        if (profileIds == null) {
            throw new InvalidInputException("profileIds", "is required: the profile ids in priority order (empty for none)");
        }
        Container c = normalized(container, true);
        deployments.setProfiles(c, profileIds, ProfileRules::requireAssignable);
        refresh(true);
        return result("profiles of " + describe(c) + " set to " + profileIds, deployments.affected(c), apply, actor);
    }

    @Override
    public ChangeResult affected(Container container) {
        Container c = normalized(container, false);
        AffectedDevices affected = deployments.affected(c);
        return new ChangeResult(describe(c), affected.count(), affected.firstIds(), null, null);
    }

    @Override
    public EffectiveConfig effectiveConfig(long deviceId) {
        refresh(false);
        EffectiveConfig cached = cache.get(deviceId);
        if (cached != null) {
            return cached;
        }
        long generation = cache.generation();
        ResolutionData data = withoutAbsentDrivers(deployments.load(deviceId));
        EffectiveConfig config = Resolver.resolve(data);
        Map<ContainerType, Set<String>> containers = new EnumMap<>(ContainerType.class);
        for (ResolutionData.Member m : data.containers()) {
            containers.computeIfAbsent(m.type(), t -> new HashSet<>()).add(m.key());
        }
        cache.put(deviceId, new EffectiveConfigCache.Entry(config, containers), generation);
        return config;
    }

    @org.osgi.service.component.annotations.Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.tasks.TaskService tasksService;

    @Override
    public ChangeResult result(String description, AffectedDevices affected, ApplyChoice apply, String actor) {
        ApplyChoice choice = ApplyChoice.orNextPoll(apply);
        Long task = affected.count() == 0 ? null : org.dialtone.api.tasks.ApplyTasks.create(tasksService, description, affected.reach(), choice, actor);
        LOG.info("{} by {}: {} devices, apply {}", description, actor, affected.count(), choice.mode());
        return new ChangeResult(description, affected.count(), affected.firstIds(), choice, task);
    }

    @Override
    public void dropAll() {
        cache.apply(new ConfigChange(0, "ALL", ""));
    }

    @Override
    public void refresh(boolean now) {
        if (!now && System.currentTimeMillis() - lastPoll < pollMillis) {
            return;
        }
        // One thread polls; the others go on with the cache, which is then at most one poll interval behind.
        if (now) {
            polling.lock();
        } else if (!polling.tryLock()) {
            return;
        }
        try {
            long time = System.currentTimeMillis();
            if (!now && time - lastPoll < pollMillis) {
                return;
            }
            lastPoll = time;
            for (ConfigChange change : deployments.changesSince(lastChange)) {
                cache.apply(change);
                lastChange = change.id();
            }
            if (time - lastPrune > PRUNE_MILLIS) {
                lastPrune = time;
                // Housekeeping on the read path until the scheduled-task model (issue 18) runs it as a task.
                deployments.pruneChanges();
            }
        } finally {
            polling.unlock();
        }
    }

    /** Standard profiles of drivers that do not run here are not applied, as they are not listed. */
    private ResolutionData withoutAbsentDrivers(ResolutionData data) {
        PresentDrivers drivers = presentDrivers;
        java.util.Set<String> present = drivers == null ? java.util.Set.of() : drivers.families();
        Map<Long, Profile> profiles = new java.util.HashMap<>();
        data.profiles().forEach((id, p) -> {
            if (p.driverFamily() == null || present.contains(p.driverFamily())) {
                profiles.put(id, p);
            }
        });
        return profiles.size() == data.profiles().size() ? data
                : new ResolutionData(data.deviceId(), data.mac(), data.serialNumber(), data.model(), data.containers(), profiles, data.csvProfile());
    }

    /**
     * MODEL keys are model names as devices report them ({@code VVX 410} and {@code vvx410} name {@code VVX410}), compared
     * without case; the others are ids. Profiles are deployed only to a model an installed driver knows.
     */
    private Container normalized(Container container, boolean deploying) {
        if (container.type() == ContainerType.MODEL) {
            org.dialtone.api.inventory.DeviceTypes types = deviceTypes;
            java.util.Optional<org.dialtone.api.inventory.DeviceModelInfo> known = types == null ? java.util.Optional.empty()
                    : types.model(null, container.key());
            if (deploying && types != null && known.isEmpty()) {
                throw new InvalidInputException("model", "'" + container.key() + "' is not a model of an installed device driver;"
                        + " list the device types and models to find its name");
            }
            return new Container(ContainerType.MODEL, known.map(org.dialtone.api.inventory.DeviceModelInfo::model).orElse(container.key())
                    .toLowerCase(Locale.ROOT));
        }
        if (container.type() != ContainerType.GLOBAL) {
            container.id();
        }
        return container;
    }

    private static String describe(Container c) {
        return c.type() == ContainerType.GLOBAL ? "global" : c.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + c.key();
    }
}
