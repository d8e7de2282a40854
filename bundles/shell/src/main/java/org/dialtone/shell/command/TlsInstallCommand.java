package org.dialtone.shell.command;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.dialtone.api.tls.ServerCertificate;
import org.dialtone.api.tls.ServerCertificateService;

@Command(scope = "dialtone", name = "tls-install", description = "Installs the HTTPS certificate: a PEM file with the chain and its key,"
        + " or a PKCS#12 file (.p12/.pfx) with --password; --self-signed goes back to the installation's own certificates")
@Service
public class TlsInstallCommand implements Action {
    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private ServerCertificateService certificates;

    @Reference
    private Session session;

    @Argument(index = 0, name = "file", required = false, description = "The PEM or PKCS#12 file on the server")
    @Completion(FileCompleter.class)
    private String file;

    @Option(name = "--password", description = "The PKCS#12 file's password; asked for when the file ends in .p12 or .pfx and this is missing")
    private String password;

    @Option(name = "--self-signed", description = "Serve the self-signed certificates under the installation's CA again")
    private boolean selfSigned;

    @Override
    public Object execute() throws Exception {
        String by = Actors.of(session);
        java.util.List<ServerCertificate> served;
        if (selfSigned) {
            served = certificates.useSelfSigned(by);
        } else if (file == null) {
            System.err.println("Name the PEM or PKCS#12 file to install, or give --self-signed");
            return null;
        } else if (file.endsWith(".p12") || file.endsWith(".pfx")) {
            String secret = password != null ? password : session.readLine("PKCS#12 password: ", '*');
            served = certificates.installPkcs12(Files.readAllBytes(Path.of(file)), secret.toCharArray(), by);
        } else {
            served = certificates.installPem(Files.readString(Path.of(file), StandardCharsets.US_ASCII), by);
        }
        Audit.record(activity, session, selfSigned ? "tls-install --self-signed" : "tls-install", "/tls/certificate",
                served.stream().map(c -> c.keyType() + " " + c.subject() + " until " + c.notAfter()).toList().toString());
        served.forEach(c -> System.out.println("Serving " + c.source() + " " + c.keyType() + " " + c.subject() + ", expires " + c.notAfter()));
        return null;
    }
}
