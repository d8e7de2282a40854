package org.dialtone.shell.command;

import java.util.List;
import java.util.function.Function;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes an id from a page of what the admin typed: the word as a search when it is not a number, else the first ones. */
final class IdCandidates {
    static final int PAGE = 100;

    private IdCandidates() {
    }

    static int complete(Session session, CommandLine line, List<String> candidates, String prefix, Function<String, List<Long>> ids) {
        String word = line.getCursorArgument() == null ? "" : line.getCursorArgument().substring(0, line.getArgumentPosition());
        String typed = word.startsWith(prefix) ? word.substring(prefix.length()) : word;
        String search = typed.isEmpty() || typed.chars().allMatch(Character::isDigit) ? null : typed;
        StringsCompleter strings = new StringsCompleter();
        try {
            ids.apply(search).forEach(id -> strings.getStrings().add(prefix + id));
        } catch (RuntimeException e) {
            return -1;
        }
        return strings.complete(session, line, candidates);
    }
}
