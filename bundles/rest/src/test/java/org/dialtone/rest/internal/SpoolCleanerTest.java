package org.dialtone.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SpoolCleanerTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void theSpoolOfAKilledServerGoesAndTheRunningOnesStays() throws Exception {
        Path root = tmp.getRoot().toPath();
        Path killed = Files.createDirectory(root.resolve("cxf-tmp-111"));
        Files.write(killed.resolve("cos1tmp"), new byte[1024]);
        Files.write(killed.resolve("cos2tmp"), new byte[10]);
        Path running = Files.createDirectory(root.resolve("cxf-tmp-222"));
        Files.write(running.resolve("cos3tmp"), new byte[10]);
        Path other = Files.createDirectory(root.resolve("fileinstall-1"));

        assertEquals(2, SpoolCleaner.removeStale(root, running));
        assertFalse(Files.exists(killed));
        assertTrue("an upload in progress keeps its spool", Files.exists(running.resolve("cos3tmp")));
        assertTrue("other folders are not ours", Files.exists(other));
    }

    @Test
    public void aMissingTemporaryFolderIsNothingToClean() throws Exception {
        assertEquals(0, SpoolCleaner.removeStale(tmp.getRoot().toPath().resolve("absent"), null));
    }
}
