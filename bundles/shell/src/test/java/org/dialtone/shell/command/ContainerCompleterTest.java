package org.dialtone.shell.command;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.CommandLine;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.Site;
import org.dialtone.api.inventory.SiteService;
import org.junit.Test;

public class ContainerCompleterTest {
    /** The command line as the console hands it over while the admin types {@code word}. */
    private static CommandLine typing(String word) {
        return (CommandLine) Proxy.newProxyInstance(CommandLine.class.getClassLoader(), new Class<?>[] {CommandLine.class}, (p, m, a) ->
                switch (m.getName()) {
                    case "getCursorArgument" -> word;
                    case "getArgumentPosition", "getBufferPosition" -> word.length();
                    case "getCursorArgumentIndex" -> 1;
                    case "getArguments" -> new String[] {"dialtone:deploy", word};
                    case "getBuffer" -> "dialtone:deploy " + word;
                    default -> null;
                });
    }

    private static SiteService sites(long... ids) {
        return (SiteService) Proxy.newProxyInstance(SiteService.class.getClassLoader(), new Class<?>[] {SiteService.class}, (p, m, a) -> {
            if (m.getName().equals("list")) {
                List<Site> found = new ArrayList<>();
                for (long id : ids) {
                    found.add(new Site(id, "Site-" + id, null, null, null, false, null, null, List.of(), 0, 1));
                }
                return new Page<>(found, found.size(), 0, 100);
            }
            return null;
        });
    }

    private static List<String> complete(ContainerCompleter completer, String word) {
        List<String> candidates = new ArrayList<>();
        completer.complete(null, typing(word), candidates);
        return candidates.stream().map(String::strip).sorted().toList();
    }

    @Test
    public void theKindsFirstThenTheSitesIds() {
        ContainerCompleter completer = new ContainerCompleter();
        completer.sites = sites(3, 14);
        assertEquals(List.of("global"), complete(completer, "gl"));
        assertEquals(List.of("site:14", "site:3"), complete(completer, "site:"));
        assertEquals(List.of("site:14"), complete(completer, "site:1"));
    }
}
