package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.tls.ServerCertificate;
import org.dialtone.api.tls.ServerCertificateService;
import org.dialtone.api.tls.TlsClientCount;
import org.dialtone.api.tls.TlsListener;
import org.dialtone.api.tls.TlsStatus;

@Command(scope = "dialtone", name = "tls", description = "Shows the served TLS certificates, the CA phones must trust, the listeners and what devices negotiated")
@Service
public class TlsCommand implements Action {
    @Reference
    private ServerCertificateService certificates;

    @Override
    public Object execute() {
        TlsStatus status = certificates.status();
        ShellTable served = new ShellTable();
        served.column("Source");
        served.column("Key");
        served.column("Subject");
        served.column("Names");
        served.column("Issuer");
        served.column("Expires");
        for (ServerCertificate certificate : status.certificates()) {
            served.addRow().addContent(certificate.source(), certificate.keyType(), certificate.subject(),
                    String.join(", ", certificate.subjectAlternativeNames()), certificate.issuer(), certificate.notAfter());
        }
        served.print(System.out);
        System.out.println("CA phones must trust: " + status.authority().subject() + " (SHA-256 " + status.authority().sha256() + ")");
        System.out.println("Device trust anchors: " + (status.deviceTrust().isEmpty() ? "none"
                : String.join("; ", status.deviceTrust().stream().map(ServerCertificate::subject).toList())));
        for (TlsListener listener : status.listeners()) {
            System.out.println("Listener " + listener.name() + ": " + (listener.on() ? "on, port " + listener.port() + " (" + listener.protocols() + ")"
                    : listener.problem() != null ? "off: " + listener.problem() : "off"));
        }
        if (!status.clients().isEmpty()) {
            ShellTable clients = new ShellTable();
            clients.column("Listener");
            clients.column("Protocol");
            clients.column("Suite");
            clients.column("Certificate");
            clients.column("Sessions").alignRight();
            for (TlsClientCount count : status.clients()) {
                clients.addRow().addContent(count.listener(), count.protocol(), count.cipherSuite(), count.certificateType(), count.sessions());
            }
            clients.print(System.out);
        }
        status.legacyDevices().forEach(d -> System.out.println("On the legacy listener (" + d.protocol() + "): " + d.device() + " " + d.userAgent()));
        status.notices().forEach(notice -> System.out.println("Note: " + notice));
        return null;
    }
}
