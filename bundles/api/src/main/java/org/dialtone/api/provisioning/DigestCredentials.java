package org.dialtone.api.provisioning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The provisioning account is kept as its Digest HA1 = MD5(user:realm:password), which verifies both Digest
 * (what phones speak) and Basic; the password itself is not stored. The settings write it, the provisioning
 * endpoint checks it.
 */
public final class DigestCredentials {
    public static final String REALM = "Dialtone provisioning";

    private DigestCredentials() {
    }

    public static String ha1(String user, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((user + ":" + REALM + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by HTTP Digest and missing from this JVM", e);
        }
    }
}
