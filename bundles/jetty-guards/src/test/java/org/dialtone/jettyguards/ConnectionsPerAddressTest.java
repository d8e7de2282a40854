package org.dialtone.jettyguards;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class ConnectionsPerAddressTest {
    private final Server server = new Server();
    private final List<Socket> sockets = new ArrayList<>();
    private ConnectionsPerAddress limit;
    private int port;

    @Before
    public void start() throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        limit = new ConnectionsPerAddress(server, 3);
        server.addBean(limit);
        server.start();
        port = connector.getLocalPort();
    }

    @After
    public void stop() throws Exception {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.stop();
    }

    @Test
    public void aConnectionBeyondTheLimitIsClosedAtOnceAndOneClosedMakesRoom() throws Exception {
        InetAddress client = InetAddress.getByName("127.0.0.1");
        for (int i = 0; i < 3; i++) {
            assertTrue("connection " + (i + 1) + " stays open", staysOpen(connect()));
        }
        awaitOpen(client, 3);
        assertEquals("the fourth is closed by the server", -1, connect().getInputStream().read());
        sockets.get(0).close();
        awaitOpen(client, 2);
        assertTrue("a closed connection makes room for a new one", staysOpen(connect()));
    }

    @Test
    public void aConnectorAddedWhileTheServerRunsIsLimitedToo() throws Exception {
        ServerConnector later = new ServerConnector(server);
        later.setHost("127.0.0.1");
        server.addConnector(later);
        later.start();
        port = later.getLocalPort();
        for (int i = 0; i < 3; i++) {
            connect();
        }
        awaitOpen(InetAddress.getByName("127.0.0.1"), 3);
        assertEquals(-1, connect().getInputStream().read());
    }

    @Test
    public void anExemptAddressIsNeverLimited() throws Exception {
        limit.setExempt("192.0.2.1, 127.0.0.1");
        for (int i = 0; i < 5; i++) {
            connect();
        }
        awaitOpen(InetAddress.getByName("127.0.0.1"), 5);
        assertTrue(staysOpen(sockets.get(4)));
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(2_000);
        sockets.add(socket);
        return socket;
    }

    private static boolean staysOpen(Socket socket) throws IOException {
        socket.setSoTimeout(300);
        try {
            return socket.getInputStream().read() != -1;
        } catch (SocketTimeoutException quiet) {
            return true;
        } finally {
            socket.setSoTimeout(2_000);
        }
    }

    private void awaitOpen(InetAddress client, int expected) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (limit.open(client) != expected && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertEquals("open connections from " + client, expected, limit.open(client));
    }
}
