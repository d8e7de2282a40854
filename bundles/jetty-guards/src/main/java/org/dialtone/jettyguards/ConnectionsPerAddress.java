package org.dialtone.jettyguards;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.ChannelEndPoint;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.component.Container;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most so many open connections from one address on every connector of the server: one client cannot take
 * all the connections, and a refused one is closed at once and logged (once a minute per address). A whole site
 * behind one NAT address counts as one client, so the limit is set well above a site's phones; relays and load
 * balancers that carry many devices are exempt.
 */
public class ConnectionsPerAddress extends AbstractLifeCycle implements Connection.Listener, Container.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);
    private static final long LOG_EVERY_MILLIS = 60_000;

    private final Server server;
    private final List<AbstractConnector> connectors = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<InetAddress, Long> lastLogged = new ConcurrentHashMap<>();
    private final int maxPerAddress;
    private volatile Set<String> exempt = Set.of();

    public ConnectionsPerAddress(Server server, int maxPerAddress) {
        this.server = server;
        this.maxPerAddress = maxPerAddress;
    }

    /** Addresses never limited, comma-separated (relays, load balancers). */
    public void setExempt(String addresses) {
        exempt = Set.of(addresses.isBlank() ? new String[0] : addresses.trim().split("\\s*,\\s*"));
    }

    /** Watches the connectors the server has when it starts and any the web server adds or replaces later. */
    @Override
    protected void doStart() {
        server.addEventListener(this);
        for (Connector connector : server.getConnectors()) {
            watch(connector);
        }
        LOG.info("At most {} connections per client address on {} connector(s)", maxPerAddress, connectors.size());
    }

    @Override
    protected void doStop() {
        server.removeEventListener(this);
        connectors.forEach(connector -> connector.removeBean(this));
        connectors.clear();
    }

    @Override
    public void beanAdded(Container parent, Object child) {
        if (parent == server && child instanceof Connector connector) {
            watch(connector);
        }
    }

    @Override
    public void beanRemoved(Container parent, Object child) {
        if (parent == server && child instanceof AbstractConnector connector && connectors.remove(connector)) {
            connector.removeBean(this);
        }
    }

    private void watch(Connector connector) {
        if (connector instanceof AbstractConnector abstractConnector && !connectors.contains(abstractConnector)) {
            abstractConnector.addBean(this, false);
            connectors.add(abstractConnector);
        }
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = network(connection);
        if (address == null) {
            return;
        }
        int count = open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        if (count > maxPerAddress && !exempt.contains(address.getHostAddress())) {
            refused(address, count);
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = network(connection);
        if (address != null) {
            open.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    /** Open connections from this address now. */
    int open(InetAddress address) {
        AtomicInteger count = open.get(address);
        return count == null ? 0 : count.get();
    }

    /** The client's address when the connection sits on the socket itself (TLS wraps a second one around it). */
    private static InetAddress network(Connection connection) {
        if (!(connection.getEndPoint() instanceof ChannelEndPoint endPoint)) {
            return null;
        }
        InetSocketAddress remote = endPoint.getRemoteAddress();
        return remote == null ? null : remote.getAddress();
    }

    private void refused(InetAddress address, int count) {
        long now = System.currentTimeMillis();
        Long last = lastLogged.get(address);
        if (last == null || now - last > LOG_EVERY_MILLIS) {
            lastLogged.put(address, now);
            if (lastLogged.size() > 10_000) {
                lastLogged.clear();
            }
            LOG.warn("Refused a connection from {}: it already has {} open, the limit per address (etc/jetty.xml,"
                    + " maxConnectionsPerAddress; exempt relays and load balancers there)", address.getHostAddress(), count - 1);
        }
    }
}
