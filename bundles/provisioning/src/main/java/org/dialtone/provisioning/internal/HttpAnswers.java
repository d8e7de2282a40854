package org.dialtone.provisioning.internal;

/** HTTP conditionals for what phones fetch: strong ETags on generated files, Last-Modified on stored ones. */
final class HttpAnswers {
    static final String XML = "application/xml; charset=utf-8";

    private HttpAnswers() {
    }

    /** A generated file with a strong ETag of its content: an unchanged file answers a conditional request with 304. */
    static Answer rendered(RenderedFiles.Rendered file, DeviceCall conditions) {
        if (conditions != null && file.etag().equals(conditions.ifNoneMatch())) {
            return Answer.status(304).with("ETag", file.etag());
        }
        return Answer.bytes(file.body(), file.xml() ? XML : "text/plain; charset=utf-8").with("ETag", file.etag()).with("Cache-Control", "no-cache");
    }

    /** A stored file with its Last-Modified time: If-Modified-Since answers 304 while it is unchanged. */
    static Answer file(java.nio.file.Path path, String type, DeviceCall conditions) {
        long modified;
        try {
            // HTTP dates have whole seconds.
            modified = java.nio.file.Files.getLastModifiedTime(path).toMillis() / 1000 * 1000;
        } catch (java.io.IOException e) {
            return Answer.status(404);
        }
        String lastModified = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.Instant.ofEpochMilli(modified).atZone(java.time.ZoneOffset.UTC));
        if (conditions != null && conditions.ifNoneMatch() == null && conditions.ifModifiedSince() >= modified) {
            return Answer.status(304).with("Last-Modified", lastModified);
        }
        return Answer.file(path, type).with("Last-Modified", lastModified).with("Cache-Control", "no-cache");
    }
}
