package org.dialtone.software.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.dialtone.api.software.SoftwareUpload;

/** The packages being received now, with the bytes read so far. */
final class UploadProgress {
    private final Set<Upload> uploads = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Upload start(String name, String actor, InputStream content) {
        Upload upload = new Upload(name, actor, content);
        uploads.add(upload);
        return upload;
    }

    void end(Upload upload) {
        uploads.remove(upload);
    }

    List<SoftwareUpload> list() {
        return uploads.stream().map(Upload::progress).sorted(java.util.Comparator.comparing(SoftwareUpload::startedAt)).toList();
    }

    /** A package being received: counts the bytes read so far. */
    static final class Upload extends java.io.FilterInputStream {
        private final String name;
        private final String actor;
        private final java.time.Instant started = java.time.Instant.now();
        private final java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();
        private volatile boolean reading;

        private Upload(String name, String actor, InputStream in) {
            super(in);
            this.name = name;
            this.actor = actor;
        }

        /** All bytes are in; the package is being read. */
        void received() {
            reading = true;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                received.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                received.addAndGet(n);
            }
            return n;
        }

        SoftwareUpload progress() {
            return new SoftwareUpload(name, actor, started, received.get(), reading ? "reading" : "receiving");
        }
    }
}
