package org.dialtone.provisioning.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the provisioning endpoint answers a device: a status, a few headers, and no body, a rendered body or a
 * stored file (streamed from disk).
 */
record Answer(int status, Map<String, String> headers, String contentType, byte[] body, Path file) {
    static Answer status(int status) {
        return new Answer(status, Map.of(), null, null, null);
    }

    static Answer retryLater(int seconds) {
        return status(503).with("Retry-After", Integer.toString(seconds));
    }

    static Answer bytes(byte[] body, String contentType) {
        return new Answer(200, Map.of(), contentType, body, null);
    }

    static Answer file(Path file, String contentType) {
        return new Answer(200, Map.of(), contentType, null, file);
    }

    Answer with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Answer(status, more, contentType, body, file);
    }
}
