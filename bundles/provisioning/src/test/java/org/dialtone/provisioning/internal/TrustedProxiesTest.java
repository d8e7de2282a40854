package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class TrustedProxiesTest {
    @Test
    public void forwardedForIsBelievedOnlyFromATrustedProxy() {
        List<String> trusted = List.of("10.0.0.5", "10.0.0.6");
        assertEquals("198.51.100.7", org.dialtone.api.provisioning.TrustedProxies.client("10.0.0.5", List.of("198.51.100.7"), trusted));
        assertEquals("the last hop that is not a proxy", "198.51.100.7",
                org.dialtone.api.provisioning.TrustedProxies.client("10.0.0.5", List.of("203.0.113.1, 198.51.100.7, 10.0.0.6"), trusted));
        assertEquals("192.0.2.9", org.dialtone.api.provisioning.TrustedProxies.client("192.0.2.9", List.of("198.51.100.7"), trusted));
        assertEquals("10.0.0.5", org.dialtone.api.provisioning.TrustedProxies.client("10.0.0.5", List.of("not an address<script>"), trusted));
        assertEquals("10.0.0.5", org.dialtone.api.provisioning.TrustedProxies.client("10.0.0.5", null, trusted));
    }

    @Test
    public void secretsReplaceTheirVariablesOnly() {
        assertEquals("pw=abc", ConfigFiles.substitute("pw=${device_admin_password}", java.util.Map.of("device_admin_password", "abc")));
        assertEquals("${other}", ConfigFiles.substitute("${other}", java.util.Map.of("device_admin_password", "abc")));
        assertEquals(16, DevicePasswords.generate().length());
    }
}
