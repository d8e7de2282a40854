package org.dialtone.provisioning.internal;

import java.nio.file.Path;
import java.util.Optional;

/** Where the content of a resource file lies, for the provisioning endpoint. */
interface ResourceContent {
    Optional<Path> path(String name);
}
