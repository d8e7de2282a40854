package org.dialtone.itests;

import java.util.List;

/** The console's Dialtone pages (label after {@code dialtone.}, title), as the navigation lists them. */
final class ConsolePages {
    static final List<String[]> ALL = List.of(new String[] {"dashboard", "Dashboard"}, new String[] {"alerts", "Alerts"}, new String[] {"devices", "Device Monitor"},
            new String[] {"sites", "Sites"}, new String[] {"groups", "Device Groups"}, new String[] {"profiles", "Configuration Profiles"},
            new String[] {"deployment", "Profile Deployment"}, new String[] {"tasks", "Scheduled Tasks"}, new String[] {"software", "Software"}, new String[] {"files", "Files"},
            new String[] {"settings", "Provisioning Settings"}, new String[] {"imports", "Imports"}, new String[] {"activity", "Activity Log"},
            new String[] {"account", "Account"});

    private ConsolePages() {
    }
}
