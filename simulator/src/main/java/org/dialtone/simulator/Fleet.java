package org.dialtone.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dialtone.simulator.VirtualDevice.Family;

/** A fleet of virtual devices in the proportions of a mix, reproducible from a seed. */
public final class Fleet {
    /** Realistic for an enterprise: mostly desk phones, some conference phones and video bars. */
    public static final String DEFAULT_MIX = "vvx=55,soundpoint=12,soundstation=3,trio=10,cx=5,studio=15";

    private record Model(String token, String agentModel, String firmware, String updater) {
    }

    private static final Map<Family, List<Model>> MODELS = Map.of(
            Family.VVX, List.of(new Model("VVX410", "VVX_410", "5.9.6.2327", "5.9.6.2327"), new Model("VVX411", "VVX_411", "6.3.1.8427", "6.3.1.8427"),
                    new Model("VVX250", "VVX_250", "6.4.0.1234", "6.4.0.1234"), new Model("VVX101", "VVX_101", "5.4.3.1014", "5.4.3.1014"),
                    new Model("VVX601", "VVX_601", "6.3.1.8427", "6.3.1.8427")),
            Family.SOUNDPOINT, List.of(new Model("SPIP335", "SPIP_335", "4.0.15.1009", "5.0.9.6296"), new Model("SPIP650", "SPIP_650", "4.0.15.1009", "5.0.9.6296")),
            Family.SOUNDSTATION, List.of(new Model("SSIP6000", "SSIP_6000", "4.0.4.2906", "5.0.3.1667")),
            Family.TRIO, List.of(new Model("Trio8800", "Trio_8800", "7.2.2.1094", "7.2.2.1094"), new Model("Trio8500", "Trio_8500", "5.9.2.7727", "5.9.2.7727")),
            Family.CX, List.of(new Model("CX5500", "CX_5500", "1.3.4.0021", "1.3.4.0021")),
            Family.STUDIO, List.of(new Model("Studio", "Studio", "1.3.0.0112", "1.3.0.0112"), new Model("StudioR30", "StudioR30", "2.1.0.0040", "2.1.0.0040")),
            Family.GROUPSERIES, List.of(new Model("GroupSeries500", "RealPresence Group 500", "6.2.2.1-540031", "6.2.2.1-540031")));

    private Fleet() {
    }

    /** Parses {@code family=weight,...}; families the simulator knows, weights of 0 or more. */
    public static Map<Family, Integer> parseMix(String text) {
        Map<Family, Integer> mix = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.strip().split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("mix: '" + part + "' is not family=weight");
            }
            Family family;
            try {
                family = Family.valueOf(kv[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("mix: unknown family '" + kv[0].strip() + "'; use " + List.of(Family.values()));
            }
            int weight = Integer.parseInt(kv[1].strip());
            if (weight < 0) {
                throw new IllegalArgumentException("mix: weight of " + family + " is negative");
            }
            mix.merge(family, weight, Integer::sum);
        }
        if (mix.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("mix: all weights are 0");
        }
        return mix;
    }

    /**
     * {@code count} devices whose families follow the mix exactly (largest remainder), shuffled by the seed;
     * MAC addresses are {@code macPrefix} (6 hex digits) plus a 6-digit index, serials the same with a letter.
     */
    public static List<VirtualDevice> generate(int count, Map<Family, Integer> mix, long seed, String macPrefix) {
        if (!macPrefix.matches("[0-9a-f]{6}")) {
            throw new IllegalArgumentException("macPrefix must be 6 lowercase hex digits");
        }
        if (count < 0 || count > 0xffffff) {
            throw new IllegalArgumentException("count must be 0 to 16777215");
        }
        int total = mix.values().stream().mapToInt(Integer::intValue).sum();
        List<Family> families = new ArrayList<>(count);
        Map<Family, Double> remainders = new LinkedHashMap<>();
        for (Map.Entry<Family, Integer> e : mix.entrySet()) {
            double exact = (double) count * e.getValue() / total;
            for (int i = 0; i < (int) exact; i++) {
                families.add(e.getKey());
            }
            remainders.put(e.getKey(), exact - (int) exact);
        }
        remainders.entrySet().stream().sorted(Map.Entry.<Family, Double>comparingByValue().reversed())
                .limit(count - families.size()).forEach(e -> families.add(e.getKey()));
        Random random = new Random(seed);
        java.util.Collections.shuffle(families, random);
        List<VirtualDevice> devices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Family family = families.get(i);
            List<Model> models = MODELS.get(family);
            Model model = models.get(random.nextInt(models.size()));
            String suffix = String.format("%06x", i);
            devices.add(new VirtualDevice(family, model.token(), model.agentModel(), model.firmware(), model.updater(),
                    macPrefix + suffix, ("SN" + macPrefix + suffix).toUpperCase(Locale.ROOT)));
        }
        return devices;
    }

    /**
     * The fleet as a device CSV for Dialtone's import: identity, the guide's endpoint type, a name, the given group,
     * and two csv-profile parameters per device (its line's address and display name).
     */
    public static String csv(List<VirtualDevice> fleet) {
        return csv(fleet, "Storm-Group");
    }

    public static String csv(List<VirtualDevice> fleet, String group) {
        StringBuilder csv = new StringBuilder("mac_address,serial_number,endpoint_type,endpoint_name,endpoint_group,reg.1.address,reg.1.displayName\n");
        int line = 1000;
        for (VirtualDevice d : fleet) {
            boolean bySerial = !d.family().ucs();
            csv.append(bySerial ? "" : d.mac()).append(',').append(bySerial ? d.serial() : "").append(',')
                    .append(endpointType(d.family())).append(',').append("Storm-").append(d.identity()).append(',').append(group).append(',')
                    .append(line).append("@sip.example.com,Ext ").append(line).append('\n');
            line++;
        }
        return csv.toString();
    }

    static String endpointType(Family family) {
        return switch (family) {
            case VVX -> "VVX";
            case SOUNDPOINT -> "SoundPoint";
            case SOUNDSTATION -> "SoundStation";
            case TRIO -> "Polycom Trio";
            case CX -> "CX";
            case STUDIO -> "Polycom Studio";
            case GROUPSERIES -> "RealPresence Group Series";
        };
    }
}
