package org.dialtone.rest.internal;

import org.dialtone.api.UnavailableException;

public final class Services {
    private Services() {
    }

    /** The service, or a 503 saying what is missing and where to look. */
    public static <T> T require(T service, String what) {
        if (service == null) {
            throw new UnavailableException("The " + what + " service is not running yet (the database may be down"
                    + " or still migrating); GET /api/v1/system/health says why");
        }
        return service;
    }
}
