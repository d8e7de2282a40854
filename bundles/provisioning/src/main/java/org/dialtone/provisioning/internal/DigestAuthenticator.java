package org.dialtone.provisioning.internal;

import org.dialtone.api.provisioning.DigestCredentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the provisioning account on a request: HTTP Digest (MD5, {@code qop=auth}) as phones speak it, and Basic
 * (only ever over HTTPS). Nonces carry their issue time and an HMAC keyed with the account's HA1, so any node
 * of a cluster accepts them and they stop working when they expire or the account changes.
 */
final class DigestAuthenticator {
    static final long NONCE_SECONDS = 300;
    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");

    /**
     * @param nonceKey what the nonces a device answers with were made from: the shared account's HA1, because a device
     *                 is challenged before anyone knows which account it will answer with
     */
    record Account(String user, String ha1, String nonceKey) {
        Account(String user, String ha1) {
            this(user, ha1, ha1);
        }
    }

    static final String NO_ACCOUNT_KEY = "no-account";

    enum Result { OK, MISSING, WRONG, STALE }

    private final Clock clock;

    DigestAuthenticator(Clock clock) {
        this.clock = clock;
    }

    String challenge(Account account, boolean stale) {
        String nonce = nonce(account == null ? NO_ACCOUNT_KEY : account.nonceKey(), clock.instant().getEpochSecond());
        return "Digest realm=\"" + DigestCredentials.REALM + "\", qop=\"auth\", algorithm=MD5, nonce=\"" + nonce + "\""
                + (stale ? ", stale=true" : "");
    }

    /**
     * @param target the request target as sent (path and query): a Digest answer is only good for the request it was
     *               computed for (RFC 7616 3.4.6), given as that path or as an absolute URI with it
     */
    Result check(Account account, String method, String target, String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Result.MISSING;
        }
        if (account == null) {
            return Result.WRONG;
        }
        String header = authorization.strip();
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(account, header.substring(6).strip());
        }
        if (header.regionMatches(true, 0, "Digest ", 0, 7)) {
            return digest(account, method, target, header.substring(7));
        }
        return Result.WRONG;
    }

    /** The user name an Authorization header (Basic or Digest) claims, without checking anything; null for none. */
    static String claimedUser(String authorization) {
        if (authorization == null) {
            return null;
        }
        String header = authorization.strip();
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (header.regionMatches(true, 0, "Digest ", 0, 7)) {
            java.util.regex.Matcher m = PARAM.matcher(header.substring(7));
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase("username")) {
                    return m.group(2) != null ? m.group(2) : m.group(3);
                }
            }
        }
        return null;
    }

    private Result basic(Account account, String token) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Result.WRONG;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Result.WRONG;
        }
        String user = decoded.substring(0, colon);
        String ha1 = DigestCredentials.ha1(user, decoded.substring(colon + 1));
        return user.equals(account.user()) && equal(ha1, account.ha1()) ? Result.OK : Result.WRONG;
    }

    private Result digest(Account account, String method, String target, String params) {
        Map<String, String> p = new HashMap<>();
        Matcher m = PARAM.matcher(params);
        while (m.find()) {
            p.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String nonce = p.get("nonce");
        String response = p.get("response");
        String uri = p.get("uri");
        if (nonce == null || response == null || uri == null || !account.user().equals(p.get("username"))
                || !DigestCredentials.REALM.equals(p.get("realm"))) {
            return Result.WRONG;
        }
        int dot = nonce.indexOf('.');
        long issued;
        try {
            issued = Long.parseLong(nonce.substring(0, Math.max(dot, 0)));
        } catch (NumberFormatException e) {
            return Result.WRONG;
        }
        if (!equal(nonce, nonce(account.nonceKey(), issued)) || !sameTarget(uri, target)) {
            return Result.WRONG;
        }
        String ha2 = md5(method + ":" + uri);
        String qop = p.get("qop");
        String expected = qop == null ? md5(account.ha1() + ":" + nonce + ":" + ha2)
                : md5(account.ha1() + ":" + nonce + ":" + p.getOrDefault("nc", "") + ":" + p.getOrDefault("cnonce", "") + ":" + qop + ":" + ha2);
        if (!equal(expected, response.toLowerCase(java.util.Locale.ROOT))) {
            return Result.WRONG;
        }
        long age = clock.instant().getEpochSecond() - issued;
        if (age < 0 || age > NONCE_SECONDS) {
            return Result.STALE;
        }
        // A captured header replayed: the count must grow for the nonce and client nonce (RFC 7616 3.4).
        return qop == null || counted(nonce + " " + p.getOrDefault("cnonce", ""), p.get("nc")) ? Result.OK : Result.STALE;
    }

    private static final int COUNTS_KEPT = 50_000;
    private final Map<String, Long> counts = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > COUNTS_KEPT;
        }
    };

    private boolean counted(String key, String nc) {
        long count;
        try {
            count = Long.parseLong(nc == null ? "" : nc, 16);
        } catch (NumberFormatException e) {
            return false;
        }
        synchronized (counts) {
            Long last = counts.get(key);
            if (last != null && count <= last) {
                return false;
            }
            counts.put(key, count);
            return true;
        }
    }

    private static boolean sameTarget(String uri, String target) {
        if (target == null || uri.equals(target)) {
            return target != null;
        }
        try {
            java.net.URI absolute = new java.net.URI(uri);
            String path = absolute.getRawPath() + (absolute.getRawQuery() == null ? "" : "?" + absolute.getRawQuery());
            return absolute.isAbsolute() && path.equals(target);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String nonce(String key, long epochSecond) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] tag = mac.doFinal(Long.toString(epochSecond).getBytes(StandardCharsets.UTF_8));
            return epochSecond + "." + HexFormat.of().formatHex(tag, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is required by HTTP Digest", e);
        }
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
