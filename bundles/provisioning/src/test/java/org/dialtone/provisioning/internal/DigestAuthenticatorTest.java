package org.dialtone.provisioning.internal;

import org.dialtone.api.provisioning.DigestCredentials;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class DigestAuthenticatorTest {
    private static final DigestAuthenticator.Account ACCOUNT =
            new DigestAuthenticator.Account("PlcmSpIp", DigestCredentials.ha1("PlcmSpIp", "s3cret"));
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static DigestAuthenticator at(Instant instant) {
        return new DigestAuthenticator(Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static String respond(String challenge, String user, String password, String method, String uri) {
        return respond(challenge, user, password, method, uri, "abc");
    }

    private static String respond(String challenge, String user, String password, String method, String uri, String cnonce) {
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(challenge);
        nonce.find();
        String ha1 = DigestAuthenticator.md5(user + ":" + DigestCredentials.REALM + ":" + password);
        String response = DigestAuthenticator.md5(ha1 + ":" + nonce.group(1) + ":00000001:" + cnonce + ":auth:" + DigestAuthenticator.md5(method + ":" + uri));
        return "Digest username=\"" + user + "\", realm=\"" + DigestCredentials.REALM + "\", nonce=\"" + nonce.group(1) + "\", uri=\"" + uri
                + "\", qop=auth, nc=00000001, cnonce=\"" + cnonce + "\", response=\"" + response + "\"";
    }

    @Test
    public void phoneDigestResponseIsAcceptedAndWrongOnesAreNot() {
        String challenge = at(NOW).challenge(ACCOUNT, false);
        assertEquals(DigestAuthenticator.Result.OK, at(NOW).check(ACCOUNT, "GET", "/prov/0004f2000001.cfg", respond(challenge, "PlcmSpIp", "s3cret", "GET", "/prov/0004f2000001.cfg")));
        assertEquals(DigestAuthenticator.Result.WRONG, at(NOW).check(ACCOUNT, "GET", "/prov/a.cfg", respond(challenge, "PlcmSpIp", "wrong", "GET", "/prov/a.cfg")));
        assertEquals(DigestAuthenticator.Result.WRONG, at(NOW).check(ACCOUNT, "PUT", "/prov/a.cfg", respond(challenge, "PlcmSpIp", "s3cret", "GET", "/prov/a.cfg")));
        String forged = respond(challenge, "PlcmSpIp", "s3cret", "GET", "/prov/a.cfg").replaceAll("nonce=\"\\d+", "nonce=\"1");
        assertEquals(DigestAuthenticator.Result.WRONG, at(NOW).check(ACCOUNT, "GET", "/prov/a.cfg", forged));
    }

    @Test
    public void oldNoncesAreStaleSoThePhoneRetriesWithANewOne() {
        String challenge = at(NOW).challenge(ACCOUNT, false);
        String answer = respond(challenge, "PlcmSpIp", "s3cret", "GET", "/prov/a.cfg");
        assertEquals(DigestAuthenticator.Result.STALE, at(NOW.plusSeconds(DigestAuthenticator.NONCE_SECONDS + 1)).check(ACCOUNT, "GET", "/prov/a.cfg", answer));
    }

    @Test
    public void basicIsCheckedAgainstTheSameHa1AndNothingIsAcceptedWithoutAnAccount() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("PlcmSpIp:s3cret".getBytes(StandardCharsets.UTF_8));
        assertEquals(DigestAuthenticator.Result.OK, at(NOW).check(ACCOUNT, "GET", "/prov/a.cfg", basic));
        assertEquals(DigestAuthenticator.Result.WRONG, at(NOW).check(null, "GET", "/prov/a.cfg", basic));
        assertEquals(DigestAuthenticator.Result.MISSING, at(NOW).check(ACCOUNT, "GET", "/prov/a.cfg", null));
        assertEquals(DigestAuthenticator.Result.WRONG, at(NOW).check(ACCOUNT, "GET", "/prov/a.cfg", "Basic !!!"));
    }

    @Test
    public void onlyPlainRelativePathsPass() {
        assertEquals("logs/0004f2000001-app.log", ProvisioningPaths.clean("/logs/0004f2000001-app.log"));
        assertNull(ProvisioningPaths.clean("../etc/passwd"));
        assertNull(ProvisioningPaths.clean("logs/../../x"));
        assertNull(ProvisioningPaths.clean("a\u0000.cfg"));
        assertNull(ProvisioningPaths.clean("a\\b.cfg"));
        assertNull(ProvisioningPaths.clean("x".repeat(300)));
        assertNull(ProvisioningPaths.clean("logs//x.cfg"));
    }

    @Test
    public void anAnswerIsGoodOnlyForItsOwnRequestAndOnlyOnce() {
        DigestAuthenticator authenticator = at(NOW);
        String challenge = authenticator.challenge(ACCOUNT, false);
        String forA = respond(challenge, "PlcmSpIp", "s3cret", "GET", "/prov/0004f2000001.cfg");
        assertEquals("replayed for another file", DigestAuthenticator.Result.WRONG,
                authenticator.check(ACCOUNT, "GET", "/prov/0004f2000002-phone.cfg", forA));
        assertEquals(DigestAuthenticator.Result.OK, authenticator.check(ACCOUNT, "GET", "/prov/0004f2000001.cfg", forA));
        assertEquals("the same count again is a replay", DigestAuthenticator.Result.STALE,
                authenticator.check(ACCOUNT, "GET", "/prov/0004f2000001.cfg", forA));
        String absolute = respond(challenge, "PlcmSpIp", "s3cret", "GET", "https://prov.example.com:8443/prov/0004f2000003.cfg", "def");
        assertEquals("an absolute URI naming the same target", DigestAuthenticator.Result.OK,
                authenticator.check(ACCOUNT, "GET", "/prov/0004f2000003.cfg", absolute));
    }

    @Test
    public void theClaimedUserIsReadFromBasicAndDigestWithoutCheckingAnything() {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("dt-0004f2000001:secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("dt-0004f2000001", DigestAuthenticator.claimedUser(basic));
        assertEquals("dt-sn-8212", DigestAuthenticator.claimedUser("Digest realm=\"r\", username=\"dt-sn-8212\", nonce=\"n\""));
        assertEquals(null, DigestAuthenticator.claimedUser("Basic !!!"));
        assertEquals(null, DigestAuthenticator.claimedUser(null));
    }

    @Test
    public void aDeviceAnswersTheSharedChallengeWithItsOwnAccount() {
        String challenge = at(NOW).challenge(ACCOUNT, false);
        DigestAuthenticator.Account own = new DigestAuthenticator.Account("dt-0004f2000001",
                DigestCredentials.ha1("dt-0004f2000001", "own-pw"), ACCOUNT.nonceKey());
        assertEquals(DigestAuthenticator.Result.OK, at(NOW).check(own, "GET", "/prov/0004f2000001.cfg",
                respond(challenge, "dt-0004f2000001", "own-pw", "GET", "/prov/0004f2000001.cfg")));
        DigestAuthenticator.Account keyedOnItself = new DigestAuthenticator.Account("dt-0004f2000001", own.ha1());
        assertEquals("a nonce is only good under the key it was issued with", DigestAuthenticator.Result.WRONG,
                at(NOW).check(keyedOnItself, "GET", "/prov/0004f2000001.cfg",
                        respond(challenge, "dt-0004f2000001", "own-pw", "GET", "/prov/0004f2000001.cfg", "xyz")));
    }
}
