package org.dialtone.bootstrap.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class JdkTlsPolicyTest {
    private static final String JDK = "SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224,"
            + " 3DES_EDE_CBC, anon, NULL, ECDH, TLS_RSA_*";

    @Test
    public void staticRsaIsAllowedForUcSoftware4AndOldVersionsOnlyForTheLegacyListener() {
        assertEquals("SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH",
                JdkTlsPolicy.relaxed(JDK, false));
        assertEquals("SSLv3, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH",
                JdkTlsPolicy.relaxed(JDK, true));
    }
}
