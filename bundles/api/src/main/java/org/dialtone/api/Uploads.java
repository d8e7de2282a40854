package org.dialtone.api;

import java.io.IOException;
import java.io.InputStream;

/** An uploaded document read into memory, never past its cap. */
public final class Uploads {
    private Uploads() {
    }

    /**
     * The stream's bytes; more than {@code maxBytes} of them is refused as {@code field} with {@code tooLarge} as the
     * rule (what the admin should send instead), and a broken upload as {@code field} that could not be read.
     */
    public static byte[] read(InputStream in, int maxBytes, String field, String tooLarge) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new InvalidInputException(field, "could not be read (the upload broke off?): send it again");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException(field, tooLarge);
        }
        return bytes;
    }
}
