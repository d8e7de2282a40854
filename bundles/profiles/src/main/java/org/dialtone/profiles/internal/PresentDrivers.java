package org.dialtone.profiles.internal;

import java.util.Set;

/** The families whose drivers run on this node; standard profiles of other families are hidden and not applied. */
interface PresentDrivers {
    Set<String> families();
}
