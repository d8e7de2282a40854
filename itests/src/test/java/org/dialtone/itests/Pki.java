package org.dialtone.itests;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Certificates an admin would bring, made with the openssl command line in a scratch folder. */
final class Pki {
    private final Path dir;

    Pki(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** A CA named {@code name}: {@code name.pem} and {@code name.key}. */
    Pki ca(String name) throws Exception {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out", name + ".pem", "-subj", "/CN=" + name,
                "-days", "3650", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        return this;
    }

    /** A certificate {@code name} for subject {@code /CN=cn} signed by {@code ca}, with the given extensions (openssl x509 -extfile lines). */
    Pki issue(String ca, String name, String cn, String... extensions) throws Exception {
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=" + cn);
        Files.writeString(dir.resolve(name + ".ext"), String.join("\n", extensions) + "\n");
        openssl("x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key", "-CAcreateserial", "-out", name + ".pem",
                "-days", "365", "-extfile", name + ".ext");
        return this;
    }

    /** {@code name}'s certificate, the CA's and the key as one PEM text. */
    String bundle(String name, String ca, String keyOf) throws Exception {
        return read(name + ".pem") + read(ca + ".pem") + read(keyOf + ".key");
    }

    byte[] pkcs12(String name, String ca, String password) throws Exception {
        openssl("pkcs12", "-export", "-in", name + ".pem", "-inkey", name + ".key", "-certfile", ca + ".pem", "-out", name + ".p12",
                "-passout", "pass:" + password);
        return Files.readAllBytes(dir.resolve(name + ".p12"));
    }

    String read(String file) throws Exception {
        return Files.readString(dir.resolve(file), StandardCharsets.US_ASCII);
    }

    private void openssl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("openssl " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
