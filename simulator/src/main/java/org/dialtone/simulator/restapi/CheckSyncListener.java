package org.dialtone.simulator.restapi;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated phones' SIP side on one loopback UDP port: answers a NOTIFY {@code Event: check-sync} with 200 OK,
 * counts it on the phone its Call-ID names ({@code <token>-<mac>@host}), and tells {@code onCheckSync}, which makes the
 * phone fetch its configuration again as a real one would.
 */
public final class CheckSyncListener implements AutoCloseable {
    private static final Pattern CALL_ID = Pattern.compile("(?im)^Call-ID:\\s*[^-\\s]+-([0-9a-f]{12})@");
    private final DatagramSocket socket;
    private final DeviceApiSimulator phones;
    private final Consumer<String> onCheckSync;
    private final Thread thread;

    public CheckSyncListener(DeviceApiSimulator phones, Consumer<String> onCheckSync) throws SocketException {
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.phones = phones;
        this.onCheckSync = onCheckSync;
        this.thread = new Thread(this::serve, "check-sync");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] buffer = new byte[8192];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                String request = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
                if (!request.startsWith("NOTIFY ") || !request.matches("(?s).*\\r\\nEvent:\\s*check-sync.*")) {
                    continue;
                }
                Matcher callId = CALL_ID.matcher(request);
                SimulatedPhone phone = callId.find() ? phones.phone(callId.group(1)) : null;
                if (phone != null) {
                    phone.checkSynced();
                }
                byte[] answer = answer(request, phone == null ? "404 Not Found" : "200 OK");
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
                // The phone answers first and fetches afterwards, as a real one does.
                if (phone != null && onCheckSync != null) {
                    onCheckSync.accept(phone.mac());
                }
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    /** A response with the request's Via, From, To, Call-ID and CSeq, as RFC 3261 8.2.6 has it. */
    static byte[] answer(String request, String status) {
        StringBuilder response = new StringBuilder("SIP/2.0 ").append(status).append("\r\n");
        for (String line : request.split("\r\n")) {
            String name = line.contains(":") ? line.substring(0, line.indexOf(':')).strip().toLowerCase(java.util.Locale.ROOT) : "";
            if (name.equals("via") || name.equals("from") || name.equals("call-id") || name.equals("cseq")) {
                response.append(line).append("\r\n");
            } else if (name.equals("to")) {
                response.append(line).append(";tag=simulated\r\n");
            }
        }
        response.append("Content-Length: 0\r\n\r\n");
        return response.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        socket.close();
    }
}
