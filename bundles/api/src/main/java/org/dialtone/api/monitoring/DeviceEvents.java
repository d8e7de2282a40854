package org.dialtone.api.monitoring;

/**
 * Where devices post their telephony events: {@code /device-events/<token>} on the provisioning address, the token
 * one per installation (kept sealed among the installation's secrets as {@value #TOKEN_SECRET}). The management
 * baseline profiles set {@code apps.telNotification.URL} to {@code ${device_events_url}}, which provisioning fills in.
 */
public final class DeviceEvents {
    public static final String ADDRESS = "/device-events";
    public static final String TOKEN_SECRET = "device_events_token";
    public static final String URL_VARIABLE = "device_events_url";

    private DeviceEvents() {
    }

    /** The receiver's address as devices reach it: the provisioning address with {@code /prov} replaced. */
    public static String url(String provisioningAddress, String token) {
        return org.dialtone.api.provisioning.ProvisioningSettings.serverAddress(provisioningAddress) + ADDRESS + "/" + token;
    }
}
