package org.dialtone.listeners.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import org.dialtone.api.tls.TlsListener;
import org.dialtone.api.tls.TlsListeners;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ports phones may need beside the main HTTPS port, each a small Jetty server of its own so that it serves one
 * servlet and nothing else of the web server: the legacy HTTPS port (TLS 1.0 and 1.1 too, the same certificates through
 * the Dialtone TLS provider) with the provisioning endpoint at {@code /prov}, and the plain-HTTP trust bootstrap.
 */
@Component(service = TlsListeners.class, immediate = true, configurationPid = "org.dialtone.tls")
@Designate(ocd = PhoneListeners.Config.class)
public class PhoneListeners implements TlsListeners {
    @ObjectClassDefinition(name = "Dialtone phone listeners")
    public @interface Config {
        @AttributeDefinition(description = "HTTPS port that also accepts TLS 1.0/1.1, for firmware without TLS 1.2; 0 = off")
        int legacyPort() default 0;

        @AttributeDefinition(description = "Plain-HTTP port of the trust bootstrap (000000000000.cfg and <mac>.cfg only); 0 = off")
        int bootstrapPort() default 0;
    }

    static final String[] LEGACY_PROTOCOLS = {"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"};
    static final String[] SUITES = {
        "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
        "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"};
    private static final Logger LOG = LoggerFactory.getLogger(PhoneListeners.class);

    private final List<TlsListener> listeners = new ArrayList<>();
    private final List<Server> servers = new ArrayList<>();

    @Activate
    public PhoneListeners(Config config,
                          @Reference(target = "(dialtone.servlet=provisioning)") Servlet provisioning,
                          @Reference(target = "(dialtone.servlet=trust-bootstrap)") Servlet bootstrap) {
        String legacyProtocols = String.join(", ", LEGACY_PROTOCOLS);
        if (config.legacyPort() > 0) {
            listeners.add(start("legacy", config.legacyPort(), legacyProtocols, () -> legacy(config.legacyPort(), provisioning)));
        } else {
            listeners.add(new TlsListener("legacy", 0, false, legacyProtocols, null));
        }
        if (config.bootstrapPort() > 0) {
            listeners.add(start("bootstrap", config.bootstrapPort(), "HTTP", () -> bootstrap(config.bootstrapPort(), bootstrap)));
        } else {
            listeners.add(new TlsListener("bootstrap", 0, false, "HTTP", null));
        }
    }

    @Override
    public List<TlsListener> listeners() {
        return List.copyOf(listeners);
    }

    private interface Starter {
        Server start() throws Exception;
    }

    private TlsListener start(String name, int port, String protocols, Starter starter) {
        try {
            servers.add(starter.start());
            LOG.info("Dialtone {} listener on port {} ({})", name, port, protocols);
            return new TlsListener(name, port, true, protocols, null);
        } catch (Exception e) {
            String problem = "port " + port + " could not be opened (" + e.getMessage() + "): choose a free port in etc/org.dialtone.tls.cfg";
            LOG.warn("Dialtone {} listener: {}", name, problem);
            return new TlsListener(name, port, false, protocols, problem);
        }
    }

    private static Server legacy(int port, Servlet provisioning) throws Exception {
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setProvider("Dialtone");
        tls.setKeyStorePath(etc.resolve("dialtone-tls.p12").toString());
        tls.setKeyStoreType("PKCS12");
        String password = Files.readString(etc.resolve("dialtone-tls.password")).strip();
        tls.setKeyStorePassword(password);
        tls.setKeyManagerPassword(password);
        tls.setIncludeProtocols(LEGACY_PROTOCOLS);
        tls.setExcludeProtocols("SSLv3", "SSLv2Hello");
        tls.setIncludeCipherSuites(SUITES);
        tls.setExcludeCipherSuites(".*NULL.*", ".*RC4.*", ".*MD5.*", ".*DES.*", ".*_anon_.*", ".*_EXPORT_.*", "^SSL_.*");
        tls.setUseCipherSuitesOrder(true);
        tls.setWantClientAuth(true);
        tls.setRenegotiationAllowed(false);
        tls.setSessionCachingEnabled(true);
        Server server = server();
        HttpConfiguration https = new HttpConfiguration();
        https.setSendServerVersion(false);
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(https));
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new Marked("legacy", provisioning)), "/prov/*");
        context.setErrorHandler(quiet());
        server.setHandler(context);
        server.start();
        return server;
    }

    private static Server bootstrap(int port, Servlet bootstrap) throws Exception {
        Server server = server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new Marked("bootstrap", bootstrap)), "/*");
        context.setErrorHandler(quiet());
        server.setHandler(context);
        server.start();
        return server;
    }

    private static Server server() {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("dialtone-listener");
        Server server = new Server(threads);
        server.setErrorHandler(quiet());
        return server;
    }

    private static ErrorHandler quiet() {
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowServlet(false);
        return errors;
    }

    /** Tells the servlet which listener a request came in on; the servlet itself is the web server's and already set up. */
    private static final class Marked extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String listener;
        private final transient Servlet servlet;

        Marked(String listener, Servlet servlet) {
            this.listener = listener;
            this.servlet = servlet;
        }

        @Override
        public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
            request.setAttribute("dialtone.listener", listener);
            servlet.service(request, response);
        }
    }

    @Deactivate
    void stop() {
        for (Server server : servers) {
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("A Dialtone listener did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
