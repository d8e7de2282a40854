package org.dialtone.rest.internal;

import java.util.function.Supplier;
import org.dialtone.api.UnavailableException;

public final class Services {
    private Services() {
    }

    /** The service, or a 503 saying what is missing and where to look. */
    public static <T> T require(Supplier<T> service, String what) {
        T current = service.get();
        if (current == null) {
            throw new UnavailableException("The " + what + " service is not running yet (the database may be down"
                    + " or still migrating); GET /api/v1/system/health says why");
        }
        return current;
    }
}
