package org.dialtone.shell.command;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.dialtone.api.inventory.ImportReport;
import org.dialtone.api.inventory.ImportSeparator;
import org.dialtone.api.inventory.SiteService;

@Command(scope = "dialtone", name = "site-import", description = "Imports sites from a CSV file (site_name, description, location_name, subnets)")
@Service
public class SiteImportCommand implements Action {
    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private SiteService sites;

    @Reference
    private Session session;

    @Argument(index = 0, name = "file", required = true, description = "The CSV file on the server")
    @org.apache.karaf.shell.api.action.Completion(FileCompleter.class)
    private String file;

    @Option(name = "--separator", description = "comma, semicolon or tab (default: detected from the header)")
    private String separator;

    @Override
    public Object execute() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            ImportReport report = sites.importCsv(in, ImportSeparator.parse("separator", separator), Actors.of(session));
            Audit.record(activity, session, "site-import", "/sites", Reports.summary(report));
            System.out.println(Reports.summary(report));
        }
        return null;
    }
}
