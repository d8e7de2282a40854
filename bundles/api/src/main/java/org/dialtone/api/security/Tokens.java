package org.dialtone.api.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for addresses that are their own credential (event receiver, packet capture uploads). */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** 32 random bytes, URL-safe: 43 characters. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
