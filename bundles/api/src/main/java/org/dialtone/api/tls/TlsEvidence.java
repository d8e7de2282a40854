package org.dialtone.api.tls;

import java.util.List;

/** What devices negotiated since the server started, kept by the provisioning endpoint. */
public interface TlsEvidence {
    List<TlsClientCount> counts();

    /** Devices whose last request came over the legacy listener, newest first. */
    List<LegacyDevice> legacyDevices();
}
