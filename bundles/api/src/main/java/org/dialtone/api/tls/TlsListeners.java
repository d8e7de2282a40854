package org.dialtone.api.tls;

import java.util.List;

/** The phone-facing listeners beside the main HTTPS port ({@code etc/org.dialtone.tls.cfg}). */
public interface TlsListeners {
    List<TlsListener> listeners();
}
