package org.dialtone.shell.command;

import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.activity.Activity;
import org.dialtone.api.activity.ActivityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a command changed, into the activity log; a log that is away or failing never fails the command. */
final class Audit {
    private static final Logger LOG = LoggerFactory.getLogger(Audit.class);

    private Audit() {
    }

    static void record(ActivityLog log, Session session, String command, String target, String after) {
        if (log == null) {
            LOG.warn("The activity log is not available: {} on {} by {} is not in it", command, target, Actors.of(session));
            return;
        }
        try {
            log.record(new Activity(0, null, Actors.of(session), "SHELL", "dialtone:" + command, target, 0, null, after));
        } catch (RuntimeException e) {
            LOG.warn("dialtone:{} on {} could not be put in the activity log: {}", command, target, e.toString());
        }
    }
}
