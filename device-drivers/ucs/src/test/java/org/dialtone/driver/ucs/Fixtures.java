package org.dialtone.driver.ucs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Assume;

/** Files from ../shared/fixtures: under CI=true a missing one fails the test, elsewhere it is skipped with a message (a user's clone has no shared/). */
final class Fixtures {
    private static final Path ROOT = Path.of("../../../shared/fixtures");

    private Fixtures() {
    }

    static Path file(String name) {
        Path file = ROOT.resolve(name);
        if (!Files.exists(file)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("The shared fixture " + file.toAbsolutePath().normalize() + " is missing, and CI=true needs it");
            }
            Assume.assumeTrue("shared fixtures are not in this clone (" + file + "); skipping", false);
        }
        return file;
    }
}
