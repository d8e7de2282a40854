package org.dialtone.api.security;

/**
 * Encrypts secrets that must be recoverable (device passwords, the provisioning account's Digest HA1)
 * before they are stored. The key lives outside the database.
 */
public interface SecretCipher {
    /** Returns a printable token that carries the key id, the IV and the ciphertext. */
    String seal(byte[] plaintext);

    /** Reverses {@link #seal}; throws {@link IllegalArgumentException} when the token was not sealed by this key. */
    byte[] open(String token);
}
