package org.dialtone.simulator;

import java.util.Locale;

/**
 * One simulated device. Phones (UC Software families) are known by {@code mac}; Studio and Group Series by
 * {@code serial}. {@code agentModel} is the model as the user agent spells it ({@code VVX_410}).
 */
public record VirtualDevice(Family family, String model, String agentModel, String firmware, String updater, String mac, String serial) {
    public enum Family {
        VVX("VVX"), SOUNDPOINT("SoundPointIP"), SOUNDSTATION("SoundStationIP"), TRIO("RealPresenceTrio"), CX("CX5500"), STUDIO(null),
        GROUPSERIES(null);

        private final String agentFamily;

        Family(String agentFamily) {
            this.agentFamily = agentFamily;
        }

        /** The family id Dialtone's drivers use. */
        public String driverFamily() {
            return switch (this) {
                case SOUNDPOINT, SOUNDSTATION -> "soundpoint";
                default -> name().toLowerCase(Locale.ROOT);
            };
        }

        boolean ucs() {
            return agentFamily != null;
        }
    }

    /** The user agent of a UC Software file request at the updater or application stage (DEVICES.md 1.7). */
    public String userAgent(boolean application) {
        return switch (family) {
            case STUDIO -> "PolyStudio/" + firmware + " (" + model + "; SN:" + serial + ")";
            case GROUPSERIES -> "Dalvik/1.6.0 (Linux; U; Android 4.0.3; mars Build/IML74K)";
            case TRIO -> "FileTransport PolycomRealPresenceTrio-" + agentModel + "-UA/" + (application ? firmware : updater) + " (SN:" + serial + ")"
                    + (application ? " Type/Application" : " Type/Updater");
            default -> "FileTransport Polycom" + family.agentFamily + "-" + agentModel + "-UA/" + (application ? firmware : updater)
                    + (application ? " Type/Application" : " Type/Updater");
        };
    }

    /** How Dialtone's Device Monitor finds it. */
    public String identity() {
        return mac != null && family.ucs() ? mac : serial;
    }
}
