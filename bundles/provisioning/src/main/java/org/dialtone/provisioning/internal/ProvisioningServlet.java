package org.dialtone.provisioning.internal;

import org.dialtone.api.provisioning.DeviceAccounts;
import org.dialtone.api.provisioning.DigestCredentials;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone-facing endpoint at {@code /prov} as a plain servlet: a boot storm is thousands of small requests, and
 * a JAX-RS stack per request cost more than the work itself. Every request needs the provisioning account
 * (F-PROV-6, F-PROV-8); there is no default one.
 */
final class ProvisioningServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningServlet.class);
    private static final byte[] SHARED_OFF = ("The shared provisioning account is turned off on this server: devices sign in with"
            + " their own accounts.\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] NO_ACCOUNT = "No provisioning account is set on this server yet.\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AUTHENTICATE = "Authentication required.\n".getBytes(StandardCharsets.UTF_8);

    private final transient ProvisioningResource endpoint;
    private final transient Supplier<DigestAuthenticator.Account> account;
    private final transient DigestAuthenticator authenticator;
    private final transient LogThrottle noAccountWarnings = new LogThrottle(java.time.Duration.ofMinutes(1));

    private static final String VERDICT = "dialtone.device-certificate";
    private final transient NegotiatedTls negotiated;
    private final transient DeviceCertificates deviceCertificates;
    private final boolean requireDeviceCertificate;
    private final transient LogThrottle certificateNotes = new LogThrottle(java.time.Duration.ofMinutes(10));
    private final transient LogThrottle busyNotes = new LogThrottle(java.time.Duration.ofMinutes(1));
    /** Bodies being read at once: slow uploaders cannot take every worker thread from the phones fetching files. */
    private final transient java.util.concurrent.Semaphore bodies;
    private final int concurrentUploads;
    private final transient Supplier<DeviceAccounts> accounts;
    private final boolean sharedAccount;
    private final transient ProvisioningMetrics metrics;
    /** Told the address of each request whose credentials were wrong (alerts count them). */
    private final transient java.util.function.Consumer<String> refusedFrom;
    private final transient DeviceSignIns signIns;
    private final transient LogThrottle heldBackNotes = new LogThrottle(java.time.Duration.ofMinutes(5));

    ProvisioningServlet(ProvisioningResource endpoint, Supplier<DigestAuthenticator.Account> account, DigestAuthenticator authenticator,
                        NegotiatedTls negotiated, DeviceCertificates deviceCertificates, boolean requireDeviceCertificate,
                        int concurrentUploads, Supplier<DeviceAccounts> accounts, boolean sharedAccount, ProvisioningMetrics metrics,
                        java.util.function.Consumer<String> refusedFrom, DeviceSignIns signIns) {
        this.refusedFrom = refusedFrom;
        this.signIns = signIns;
        this.endpoint = endpoint;
        this.metrics = metrics;
        this.accounts = accounts;
        this.sharedAccount = sharedAccount;
        this.concurrentUploads = concurrentUploads;
        this.bodies = new java.util.concurrent.Semaphore(concurrentUploads);
        this.negotiated = negotiated;
        this.deviceCertificates = deviceCertificates;
        this.requireDeviceCertificate = requireDeviceCertificate;
        this.account = account;
        this.authenticator = authenticator;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        try {
            serve(request, response);
        } finally {
            metrics.record(response.getStatus(), System.nanoTime() - started);
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // HEAD is a GET without the body, as curl -I and load-balancer checks expect.
        boolean head = request.getMethod().equals("HEAD");
        String method = head ? "GET" : request.getMethod();
        if (!method.equals("GET") && !method.equals("PUT") && !method.equals("POST")) {
            response.setStatus(405);
            response.setHeader("Allow", "GET, HEAD, PUT, POST");
            return;
        }
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + request.getServletPath();
        String rawPath = uri.length() > prefix.length() ? uri.substring(prefix.length() + (uri.charAt(prefix.length()) == '/' ? 1 : 0)) : "";
        negotiated.seen(request.getAttribute(NegotiatedTls.SESSION_ATTRIBUTE), request.getAttribute(NegotiatedTls.LISTENER_ATTRIBUTE),
                rawPath, request.getHeader("User-Agent"));
        String signedInAs;
        try {
            signedInAs = authenticated(request, response, rawPath);
        } catch (SharedAccount.NotReady e) {
            LOG.warn("{} from {} was asked to come back in 30 s: {}", rawPath, request.getRemoteAddr(), e.getMessage());
            response.setStatus(503);
            response.setHeader("Retry-After", "30");
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("The server is starting; ask again in 30 s.\n");
            return;
        }
        if (signedInAs == null) {
            return;
        }
        DeviceCall call = new DeviceCall(method, rawPath, headers(request), request.getRemoteAddr(), request.getInputStream(),
                request.getHeader("If-None-Match"), ifModifiedSince(request), signedInAs);
        if (method.equals("GET")) {
            write(endpoint.get(call), request.getHeader("Range"), response, head);
            return;
        }
        if (!bodies.tryAcquire()) {
            busy(request, response, rawPath);
            return;
        }
        try {
            write(method.equals("PUT") ? endpoint.put(call) : endpoint.post(call), null, response, false);
        } finally {
            bodies.release();
        }
    }

    private void busy(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (busyNotes.shouldLog("uploads")) {
            LOG.warn("{} uploads are being received at once, the limit (concurrentUploads in etc/org.dialtone.provisioning.endpoint.cfg):"
                    + " {} from {} was asked to retry in 30 s", concurrentUploads, path, request.getRemoteAddr());
        }
        response.setStatus(503);
        response.setHeader("Retry-After", "30");
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write("The server is receiving as many uploads as it takes at once; send this one again in 30 s.\n");
    }

    /** Wrong credentials came from this address too often: a sign-in by a name not seen there is not checked for a while. */
    private void heldBack(HttpServletResponse response, String address, String path, java.time.Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (heldBackNotes.shouldLog(address)) {
            LOG.warn("Too many wrong provisioning credentials from {}: sign-ins from there by names that did not sign in there before"
                    + " wait {} s (asked for {}); phones that signed in from there keep working", address, seconds, path);
        }
        response.setStatus(503);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write("Too many wrong sign-ins came from " + address + "; ask again in " + seconds + " s.\n");
    }

    /** How the caller signed in ({@link DeviceCall#signedInAs}); null when it was refused, with the answer written. */
    private String authenticated(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        DeviceCertificates.Verdict device = deviceVerdict(request);
        if (device.identified()) {
            String asked = ProvisioningPaths.leadingMac(path);
            if (asked != null && !asked.equals(device.mac())) {
                LOG.warn("A device certificate for {} was used to ask for {}, another device's file; refused", device.mac(), path);
                refuse(response, 403, ("This device certificate is for " + device.mac() + "; it may not fetch or upload another device's files.\n")
                    .getBytes(StandardCharsets.UTF_8));
                return null;
            }
            return device.mac();
        }
        if (requireDeviceCertificate) {
            if (certificateNotes.shouldLog(request.getRemoteAddr())) {
                LOG.info("A device at {} asked for {} without a valid device certificate ({}); refused, because one is required",
                        request.getRemoteAddr(), path, device.problem());
            }
            refuse(response, 403, ("A device certificate is required on this server (" + device.problem() + ").\n").getBytes(StandardCharsets.UTF_8));
            return null;
        }
        String authorization = request.getHeader("Authorization");
        String claimed = DigestAuthenticator.claimedUser(authorization);
        String address = request.getRemoteAddr();
        java.time.Duration wait = authorization == null ? java.time.Duration.ZERO : signIns.wait(address, claimed);
        if (!wait.isZero()) {
            heldBack(response, address, path, wait);
            return null;
        }
        DeviceAccounts known = claimed == null || !claimed.startsWith(DeviceAccounts.USER_PREFIX) ? null : accounts.get();
        Optional<DeviceAccounts.DeviceAccount> own = known == null ? Optional.empty() : known.find(claimed);
        if (own.isPresent()) {
            DigestAuthenticator.Account shared = sharedAccount ? account.get() : null;
            DigestAuthenticator.Account its = new DigestAuthenticator.Account(own.get().user(), DigestCredentials.ha1(own.get().user(),
                    own.get().password()), shared == null ? DigestAuthenticator.NO_ACCOUNT_KEY : shared.nonceKey());
            DigestAuthenticator.Result result = authenticator.check(its, request.getMethod(), target(request), authorization);
            if (result == DigestAuthenticator.Result.OK) {
                known.used(own.get());
                signIns.succeeded(address, claimed);
                return own.get().identity().fileOwner();
            }
            LOG.info("{} asked for {} with {} credentials of its own account", own.get().identity().describe(), path,
                    result == DigestAuthenticator.Result.STALE ? "expired" : "wrong");
            if (result == DigestAuthenticator.Result.WRONG) {
                signIns.failed(address);
                refusedFrom.accept(address);
            }
            response.addHeader("WWW-Authenticate", authenticator.challenge(its, result == DigestAuthenticator.Result.STALE));
            response.addHeader("WWW-Authenticate", "Basic realm=\"" + DigestCredentials.REALM + "\"");
            refuse(response, 401, AUTHENTICATE);
            return null;
        }
        DigestAuthenticator.Account current = sharedAccount ? account.get() : null;
        DigestAuthenticator.Result result = authenticator.check(current, request.getMethod(), target(request), authorization);
        if (result == DigestAuthenticator.Result.OK) {
            signIns.succeeded(address, claimed);
            return DeviceCall.SHARED_ACCOUNT;
        }
        if (current == null && sharedAccount) {
            if (noAccountWarnings.shouldLog("no-account")) {
                LOG.warn("A device asked for {} but no provisioning account is set: set it in the provisioning settings"
                        + " (accountUser and accountPassword)", path);
            }
        } else if (result != DigestAuthenticator.Result.MISSING) {
            LOG.info("A device asked for {} with {} credentials", path, result == DigestAuthenticator.Result.STALE ? "expired" : "wrong");
            if (result == DigestAuthenticator.Result.WRONG) {
                signIns.failed(address);
                refusedFrom.accept(address);
            }
        }
        response.addHeader("WWW-Authenticate", authenticator.challenge(current, result == DigestAuthenticator.Result.STALE));
        response.addHeader("WWW-Authenticate", "Basic realm=\"" + DigestCredentials.REALM + "\"");
        refuse(response, 401, !sharedAccount ? SHARED_OFF : current == null ? NO_ACCOUNT : AUTHENTICATE);
        return null;
    }


    /** The device certificate's verdict, worked out once per TLS session (a session's client certificate does not change). */
    private DeviceCertificates.Verdict deviceVerdict(HttpServletRequest request) {
        Object chain = request.getAttribute(DeviceCertificates.CHAIN_ATTRIBUTE);
        if (chain == null) {
            return NO_CERTIFICATE;
        }
        Object session = request.getAttribute(NegotiatedTls.SESSION_ATTRIBUTE);
        Object generation = deviceCertificates.generation();
        if (session instanceof javax.net.ssl.SSLSession tls && tls.getValue(VERDICT) instanceof KnownVerdict known
                && known.generation() == generation) {
            return known.verdict();
        }
        DeviceCertificates.Verdict verdict = deviceCertificates.check(chain);
        if (!verdict.identified() && certificateNotes.shouldLog("presented:" + request.getRemoteAddr())) {
            LOG.info("A device at {} presented a certificate that does not identify it: {}; the provisioning account is asked for",
                    request.getRemoteAddr(), verdict.problem());
        }
        if (session instanceof javax.net.ssl.SSLSession tls) {
            tls.putValue(VERDICT, new KnownVerdict(generation, verdict));
        }
        return verdict;
    }

    /** A verdict as long as the anchors it was worked out under are in force: sessions outlive a change of anchors. */
    private record KnownVerdict(Object generation, DeviceCertificates.Verdict verdict) {
    }

    private static final DeviceCertificates.Verdict NO_CERTIFICATE = new DeviceCertificates.Verdict(null, "no certificate");

    private static void refuse(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The request target as the client sent it, which a Digest answer names. */
    static String target(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        return headers;
    }

    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** At most 18 digits, so a number never overflows a long; a Range header that does not match is ignored (RFC 9110). */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    private static void write(Answer answer, String range, HttpServletResponse response, boolean head) throws IOException {
        answer.headers().forEach(response::setHeader);
        if (answer.body() != null) {
            response.setStatus(answer.status());
            response.setContentType(answer.contentType());
            response.setContentLength(answer.body().length);
            if (!head) {
                response.getOutputStream().write(answer.body());
            }
        } else if (answer.file() != null) {
            writeFile(answer, range, response, head);
        } else {
            response.setStatus(answer.status());
        }
    }

    /** A stored file, or one byte range of it ({@code Range: bytes=a-b}), so that phones and relays resume large downloads. */
    private static void writeFile(Answer answer, String range, HttpServletResponse response, boolean head) throws IOException {
        long size = Files.size(answer.file());
        long first = 0;
        long last = size - 1;
        response.setHeader("Accept-Ranges", "bytes");
        java.util.regex.Matcher m = range == null ? null : RANGE.matcher(range.strip());
        boolean partial = m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty());
        if (partial) {
            if (m.group(1).isEmpty()) {
                first = Math.max(0, size - Long.parseLong(m.group(2)));
            } else {
                first = Long.parseLong(m.group(1));
                last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
            }
            if (first >= size || first > last) {
                response.setStatus(416);
                response.setHeader("Content-Range", "bytes */" + size);
                return;
            }
            response.setStatus(206);
            response.setHeader("Content-Range", "bytes " + first + "-" + last + "/" + size);
        } else {
            response.setStatus(answer.status());
        }
        response.setContentType(answer.contentType());
        long length = last - first + 1;
        response.setContentLengthLong(length);
        if (head) {
            return;
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(answer.file());
             OutputStream out = response.getOutputStream()) {
            java.io.InputStream in = java.nio.channels.Channels.newInputStream(channel.position(first));
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }
}
