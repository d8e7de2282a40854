package org.dialtone.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ContentFilesTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void anOversizedUploadLeavesTheGoodFileAndNoLeftovers() throws Exception {
        Path target = folder.getRoot().toPath().resolve("0004f2000001/log/0004f2000001-app.log");
        assertEquals(4, ContentFiles.replace(target, text("good"), 10));
        assertThrows(ContentFiles.TooLargeException.class, () -> ContentFiles.replace(target, text("far too long for the cap"), 10));
        assertEquals("good", Files.readString(target));
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertEquals(1, left.count());
        }
        ContentFiles.replace(target, text("better"), 10);
        assertEquals("better", Files.readString(target));
    }

    @Test
    public void theSameContentIsStoredOnceUnderItsHash() throws Exception {
        ContentFiles store = new ContentFiles(folder.getRoot().toPath());
        ContentFiles.Stored first = store.put(text("image"), 100);
        ContentFiles.Stored again = store.put(text("image"), 100);
        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.sha256(), again.sha256());
        assertEquals("image", Files.readString(store.path(first.sha256())));
        assertThrows(ContentFiles.TooLargeException.class, () -> store.put(text("image"), 3));
    }
}
