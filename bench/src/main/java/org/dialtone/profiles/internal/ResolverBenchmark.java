package org.dialtone.profiles.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.ProfileType;
import org.dialtone.store.ResolutionData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resolving one device's effective configuration from its loaded data: 20 profiles spread over device, site,
 * model, three groups and global, each setting {@code attributesPerProfile} parameters that overlap by half.
 * The database reads in front of it are measured by the end-to-end benchmarks, not here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ResolverBenchmark {
    @Param({"20", "100"})
    int attributesPerProfile;

    private ResolutionData data;

    @Setup
    public void setUp() {
        Map<Long, Profile> profiles = new HashMap<>();
        List<ResolutionData.Member> containers = new ArrayList<>();
        ContainerType[] types = {ContainerType.DEVICE, ContainerType.SITE, ContainerType.MODEL, ContainerType.GROUP,
                ContainerType.GROUP, ContainerType.GROUP, ContainerType.GLOBAL};
        long id = 1;
        for (int c = 0; c < types.length; c++) {
            List<Long> ids = new ArrayList<>();
            int count = c == types.length - 1 ? 2 : 3;
            for (int p = 0; p < count; p++, id++) {
                List<ProfileAttribute> attributes = new ArrayList<>();
                for (int a = 0; a < attributesPerProfile; a++) {
                    // Half the names are shared by every profile, half are the profile's own.
                    String name = a % 2 == 0 ? "shared.param." + a : "profile" + id + ".param." + a;
                    attributes.add(new ProfileAttribute(name, "value-" + id + "-" + a + (a % 10 == 0 ? "/${mac_address}" : "")));
                }
                profiles.put(id, new Profile(id, "profile-" + id, null, ProfileType.USER_DEFINED, Profile.PHONE_PROVISION,
                        c == 3 && p == 0 ? 55L : null, null, attributes.size(), attributes, "bench", Instant.EPOCH, 1));
                ids.add(id);
            }
            containers.add(new ResolutionData.Member(types[c], Integer.toString(c), types[c].name(), ids));
        }
        data = new ResolutionData(1, "0004f23ea4e1", null, "VVX 411", containers, profiles, null);
    }

    @Benchmark
    public EffectiveConfig resolveTwentyProfiles() {
        return Resolver.resolve(data);
    }
}
