package org.dialtone.api.inventory;


/**
 * Device types with the names the guide's CSV files use for {@code endpoint_type}. Studio and Group Series
 * are identified by serial number, the phones by MAC address.
 */
public enum DeviceType {
    VVX("VVX", false),
    SOUNDSTATION("SoundStation", false),
    SOUNDPOINT("SoundPoint", false),
    SOUNDSTRUCTURE("SoundStructure VoIP Interface", false),
    TRIO("Polycom Trio", false),
    CX("CX", false),
    STUDIO("Polycom Studio", true),
    GROUP_SERIES("RealPresence Group Series", true);

    private final String label;
    private final boolean serialIdentified;

    DeviceType(String label, boolean serialIdentified) {
        this.label = label;
        this.serialIdentified = serialIdentified;
    }

    /** The name in CSV files and on the Device Monitor. */
    public String label() {
        return label;
    }

    public boolean serialIdentified() {
        return serialIdentified;
    }

    /** Accepts the label or the constant's name, any case and spacing; null when it is neither. */
    public static DeviceType fromText(String text) {
        if (text == null) {
            return null;
        }
        String key = text.strip().replaceAll("\\s+", " ");
        for (DeviceType type : values()) {
            if (type.label.equalsIgnoreCase(key) || type.name().equalsIgnoreCase(key.replace(' ', '_'))) {
                return type;
            }
        }
        return null;
    }

    public static String allowed() {
        StringBuilder sb = new StringBuilder();
        for (DeviceType type : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(type.label);
        }
        return sb.toString();
    }
}
