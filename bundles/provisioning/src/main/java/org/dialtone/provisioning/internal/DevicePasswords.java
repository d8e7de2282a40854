package org.dialtone.provisioning.internal;

import java.security.SecureRandom;

/** Device admin passwords Dialtone generates: 16 letters and digits, within every firmware's 1-32 characters, never 456. */
final class DevicePasswords {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DevicePasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
