package org.dialtone.itests;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Handshakes as the phones' OpenSSL-based stacks make them: the openssl command line, restricted by its options. */
final class Tls {
    private Tls() {
    }

    static String openssl(int port, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("openssl s_client did not finish: " + command);
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Whether s_client reports no negotiated suite, which is how a refused handshake ends. */
    static boolean failed(String output) {
        return output.contains("Cipher is (NONE)") || output.contains("no peer certificate available")
                || output.contains("handshake failure") || output.contains("no protocols available")
                || output.contains("no ciphers available") || output.contains("unsupported protocol");
    }

    /** Two TLS 1.2 connections from one client: the second resumes the first's session. */
    static boolean resumes(int port) throws Exception {
        javax.net.ssl.SSLContext client = Https.trusting(java.nio.file.Path.of(System.getProperty("karaf.etc"), "dialtone-tls.p12"),
                java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("karaf.etc"), "dialtone-tls.password")));
        byte[] first = null;
        for (int i = 0; i < 2; i++) {
            try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) client.getSocketFactory().createSocket("localhost", port)) {
                socket.setEnabledProtocols(new String[] {"TLSv1.2"});
                socket.startHandshake();
                byte[] id = socket.getSession().getId();
                if (first == null) {
                    first = id;
                } else {
                    return id.length > 0 && java.util.Arrays.equals(first, id);
                }
            }
        }
        return false;
    }
}
