package org.dialtone.tasks.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.cert.CertificateException;
import java.security.cert.TrustAnchor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dialtone.bootstrap.tls.CertificateIssuer;
import org.junit.Test;

public class DirectDeviceLinkTest {
    private final CertificateIssuer.Issued deviceCa = CertificateIssuer.authority("Device CA");
    private final CertificateIssuer.Issued signed = CertificateIssuer.server(deviceCa, "RSA", "0004f2000001", List.of());
    private final CertificateIssuer.Issued selfSigned = CertificateIssuer.authority("0004f2000002");
    private final Set<TrustAnchor> cas = Set.of(new TrustAnchor(deviceCa.certificate(), null));

    @Test
    public void aCertificateADeviceCaSignedIsAcceptedEvenWhenItReplacedThePinnedOne() throws CertificateException {
        DirectDeviceLink.Pinning pinning = new DirectDeviceLink.Pinning(Optional.of("00".repeat(32)), cas);
        pinning.checkServerTrusted(signed.chain(), "RSA");
        assertTrue(pinning.validated);
        assertNotNull("the pin follows the new certificate", pinning.seen);
    }

    @Test
    public void withoutADeviceCaTheFirstCertificateIsPinnedAndAnotherRefused() throws CertificateException {
        DirectDeviceLink.Pinning first = new DirectDeviceLink.Pinning(Optional.empty(), cas);
        first.checkServerTrusted(selfSigned.chain(), "RSA");
        assertFalse("a self-signed device is not validated by the device CA", first.validated);
        DirectDeviceLink.Pinning again = new DirectDeviceLink.Pinning(Optional.of(first.seen), Set.of());
        again.checkServerTrusted(selfSigned.chain(), "RSA");
        DirectDeviceLink.Pinning changed = new DirectDeviceLink.Pinning(Optional.of(first.seen), cas);
        assertThrows(CertificateException.class, () -> changed.checkServerTrusted(CertificateIssuer.authority("0004f2000002").chain(), "RSA"));
        assertEquals("the refusal names what the device presented", 64, changed.changed.length());
    }
}
