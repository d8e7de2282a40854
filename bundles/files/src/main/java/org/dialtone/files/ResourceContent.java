package org.dialtone.files;

import java.nio.file.Path;
import java.util.Optional;

/** Where the content of a resource file lies, for the provisioning endpoint. */
public interface ResourceContent {
    Optional<Path> path(String name);
}
