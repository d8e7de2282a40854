package org.dialtone.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.Test;

public class ContentFilesStaleUploadsTest {
    @Test
    public void anUploadCutOffLongAgoIsRemovedAndOneUnderWayIsNot() throws Exception {
        Path root = Files.createTempDirectory("content");
        Path device = Files.createDirectories(root.resolve("0004f2000001").resolve("log"));
        Path cutOff = Files.writeString(device.resolve(".upload-1a2b.part"), "half a log");
        Files.setLastModifiedTime(cutOff, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path underWay = Files.writeString(device.resolve(".upload-3c4d.part"), "arriving");
        Path stored = Files.writeString(device.resolve("0004f2000001-app.log"), "a whole log");
        Files.setLastModifiedTime(stored, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        assertEquals(1, ContentFiles.removeStaleUploads(root, ContentFiles.STALE_UPLOAD));
        assertFalse(Files.exists(cutOff));
        assertTrue(Files.exists(underWay));
        assertTrue("stored files are not uploads", Files.exists(stored));
    }
}
