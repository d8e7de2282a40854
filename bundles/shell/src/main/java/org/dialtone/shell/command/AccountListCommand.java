package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.security.Account;
import org.dialtone.api.security.AccountService;

@Command(scope = "dialtone", name = "account-list", description = "Lists the accounts every node shares, with their roles and last sign-in")
@Service
public class AccountListCommand implements Action {
    @Reference
    private AccountService accounts;

    @Argument(index = 0, name = "search", description = "Part of a name, full name or e-mail address")
    private String search;

    @Override
    public Object execute() {
        Page<Account> page = accounts.list(search, new PageRequest(0, PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Account");
        table.column("Role");
        table.column("Enabled");
        table.column("Last sign-in");
        for (Account a : page.items()) {
            table.addRow().addContent(a.id(), a.name(), a.role(), a.enabled() ? "yes" : "no",
                    a.lastSignInAt() == null ? "never" : a.lastSignInAt() + " from " + a.lastSignInAddress());
        }
        table.print(System.out);
        if (page.total() > page.items().size()) {
            System.out.println(page.items().size() + " of " + page.total() + "; narrow with a search");
        }
        return null;
    }
}
