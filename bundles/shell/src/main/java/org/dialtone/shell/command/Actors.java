package org.dialtone.shell.command;

import org.apache.karaf.shell.api.console.Session;

/** Who runs a command, for the modified-by and import records. */
final class Actors {
    private Actors() {
    }

    static String of(Session session) {
        Object user = session == null ? null : session.get("USER");
        return user == null ? "shell" : user.toString();
    }
}
