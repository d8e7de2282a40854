package org.dialtone.bootstrap.internal;

import java.security.Provider;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

/**
 * The JCA provider the HTTPS listeners take their {@code SSLContext} from ({@code org.ops4j.pax.web.ssl.provider =
 * Dialtone}): the web server keeps its connector, and the certificates behind it can change while it runs.
 */
final class TlsProvider extends Provider {
    static final String NAME = "Dialtone";
    private static final long serialVersionUID = 1L;

    TlsProvider(KeyManager keys, TrustManager trust) {
        super(NAME, "1.0", "Dialtone HTTPS listeners: the server certificates in etc/dialtone-tls.p12, read again when they change");
        // The web server asks for the protocol it was configured with (pax-web's default is TLSv1.3); a server-side
        // context negotiates whatever its listener enables, so every name gets the same context.
        for (String protocol : List.of("TLS", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3")) {
            putService(new Service(this, "SSLContext", protocol, CurrentSslContext.class.getName(), List.of(), null) {
                @Override
                public Object newInstance(Object constructorParameter) {
                    return new CurrentSslContext(keys, trust);
                }
            });
        }
    }
}
