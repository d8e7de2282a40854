package org.dialtone.api.provisioning;

import java.util.List;

/**
 * Which address a request comes from. X-Forwarded-For is believed only when the connection itself comes from a
 * configured trusted proxy (a relay or a load balancer); then the last address in it that is not a trusted proxy
 * is the device's. Provisioning and the telephony event receiver both read it (etc/org.dialtone.provisioning.endpoint.cfg
 * {@code trustedProxies}).
 */
public final class TrustedProxies {
    private TrustedProxies() {
    }

    public static String client(String remote, List<String> forwardedFor, List<String> trusted) {
        if (forwardedFor == null || forwardedFor.isEmpty() || trusted.isEmpty() || !trusted.contains(remote)) {
            return remote;
        }
        List<String> hops = forwardedFor.stream().flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::strip)
                .filter(h -> !h.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i).matches("[0-9A-Fa-f.:]{2,45}") ? hops.get(i) : remote;
            }
        }
        return remote;
    }
}
