package org.dialtone.provisioning.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trust bootstrap on plain HTTP, for a self-signed or private-CA certificate that phones cannot trust yet: to
 * {@code 000000000000.cfg} and {@code <mac>.cfg} it answers a document that gives the phone this server's CA
 * ({@code device.sec.TLS.customCaCert1}) and moves it to the HTTPS address. Whether a phone applies parameters found in
 * the file it asked for as its master configuration is not known for every firmware, so the document is a master
 * configuration that carries them and also lists {@code dialtone-bootstrap.cfg}, which carries them again. Nothing else
 * is served: no device's own content, no secrets, no uploads; Digest only, because Basic would show the password.
 */
final class TrustBootstrapServlet extends HttpServlet {
    static final String CONFIG_FILE = "dialtone-bootstrap.cfg";
    private static final long serialVersionUID = 1L;
    private static final Pattern ASKED = Pattern.compile("(?:prov/)?(?:([0-9a-fA-F]{12})\\.cfg|" + Pattern.quote(CONFIG_FILE) + ")");
    private static final Logger LOG = LoggerFactory.getLogger(TrustBootstrapServlet.class);

    /** What the document needs: the CA phones are to trust and the HTTPS address, e.g. {@code https://prov.example.com:8443/prov}. */
    record Target(X509Certificate authority, String httpsAddress) {
    }

    private final transient Supplier<DigestAuthenticator.Account> account;
    private final transient DigestAuthenticator authenticator;
    private final transient Supplier<Target> target;
    private final transient LogThrottle requests = new LogThrottle(java.time.Duration.ofMinutes(10));

    TrustBootstrapServlet(Supplier<DigestAuthenticator.Account> account, DigestAuthenticator authenticator, Supplier<Target> target) {
        this.account = account;
        this.authenticator = authenticator;
        this.target = target;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().replaceFirst("^/+", "");
        if (!request.getMethod().equals("GET") || !ASKED.matcher(path).matches()) {
            response.setStatus(404);
            return;
        }
        String authorization = request.getHeader("Authorization");
        DigestAuthenticator.Account current;
        try {
            current = account.get();
        } catch (SharedAccount.NotReady e) {
            LOG.warn("Trust bootstrap: {} was asked to come back in 30 s: {}", request.getRemoteAddr(), e.getMessage());
            response.setStatus(503);
            response.setHeader("Retry-After", "30");
            return;
        }
        DigestAuthenticator.Result result = authorization != null && authorization.strip().regionMatches(true, 0, "Digest ", 0, 7)
                ? authenticator.check(current, "GET", ProvisioningServlet.target(request), authorization) : DigestAuthenticator.Result.MISSING;
        if (result != DigestAuthenticator.Result.OK) {
            response.setStatus(401);
            response.addHeader("WWW-Authenticate", authenticator.challenge(current, result == DigestAuthenticator.Result.STALE));
            return;
        }
        if (requests.shouldLog(request.getRemoteAddr())) {
            LOG.info("Trust bootstrap: {} asked for {} over HTTP (user agent {}); it is given the CA and the HTTPS address",
                    request.getRemoteAddr(), path, request.getHeader("User-Agent"));
        }
        byte[] body;
        try {
            body = document(target.get(), !path.endsWith(CONFIG_FILE)).getBytes(StandardCharsets.UTF_8);
        } catch (CertificateEncodingException | RuntimeException e) {
            LOG.warn("Trust bootstrap: the document could not be made: {}", e.getMessage());
            response.setStatus(503);
            return;
        }
        response.setStatus(200);
        response.setContentType("application/xml");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String document(Target target, boolean master) throws CertificateEncodingException {
        String address = target.httpsAddress().replaceFirst("^https://", "");
        String parameters = " device.set=\"1\""
                + " device.sec.TLS.customCaCert1.set=\"1\" device.sec.TLS.customCaCert1=\"" + pem(target.authority()) + "\""
                + " device.prov.serverType.set=\"1\" device.prov.serverType=\"HTTPS\""
                + " device.prov.serverName.set=\"1\" device.prov.serverName=\"" + xml(address) + "\"";
        StringBuilder document = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        if (master) {
            document.append("<APPLICATION APP_FILE_PATH=\"\" CONFIG_FILES=\"").append(CONFIG_FILE).append("\"").append(parameters).append("/>\n");
        } else {
            document.append("<PHONE_CONFIG>\n  <ALL").append(parameters).append("/>\n</PHONE_CONFIG>\n");
        }
        return document.toString();
    }

    /** The PEM text with its line breaks written as {@code &#10;}, as the phones read a multi-line value. */
    static String pem(X509Certificate certificate) throws CertificateEncodingException {
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
        return ("-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----").replace("\n", "&#10;");
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
