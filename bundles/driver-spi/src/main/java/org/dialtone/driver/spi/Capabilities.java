package org.dialtone.driver.spi;

import java.util.Set;

/**
 * What Dialtone can do with one model at one firmware version.
 *
 * @param tasks          task types it takes; empty means tasks are Not Applicable and changes apply at the next poll
 * @param restApi        whether its REST API can be used for control (through a relay)
 * @param needsLicense   whether it consumes a Dialtone licence when it connects
 * @param needsRelay     whether it must provision through a relay (for example firmware without TLS 1.2)
 * @param note           what an admin should know about the model, or null
 */
public record Capabilities(Set<TaskType> tasks, boolean restApi, boolean needsLicense, boolean needsRelay, String note) {
    public Capabilities {
        tasks = Set.copyOf(tasks);
    }
}
