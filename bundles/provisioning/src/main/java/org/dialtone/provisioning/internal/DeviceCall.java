package org.dialtone.provisioning.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A device's request as the endpoint reads it: the path below {@code /prov/} exactly as sent (not yet decoded or
 * checked), header names in lower case, the connection's address, and the conditional headers.
 */
/**
 * @param signedInAs how the caller signed in: {@link #SHARED_ACCOUNT}, or the file owner of the device whose own account
 *                   or factory certificate it used
 */
record DeviceCall(String method, String rawPath, Map<String, List<String>> headers, String remoteAddress, InputStream body,
                  String ifNoneMatch, long ifModifiedSince, String signedInAs) {
    static final String SHARED_ACCOUNT = "";

    boolean sharedAccount() {
        return SHARED_ACCOUNT.equals(signedInAs);
    }

    List<String> header(String name) {
        return headers.getOrDefault(name, List.of());
    }
}
