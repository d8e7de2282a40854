package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.security.Account;
import org.dialtone.api.security.AccountInput;
import org.dialtone.api.security.AccountService;
import org.dialtone.api.security.Tokens;

/** The way back in for a forgotten password: from Karaf's own console (bin/karaf), which asks for none. */
@Command(scope = "dialtone", name = "account-password", description = "Gives an account a new random password, printed once, and enables it")
@Service
public class AccountPasswordCommand implements Action {
    @Reference
    private AccountService accounts;

    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private Session session;

    @Argument(index = 0, name = "account", required = true, description = "The account's name, such as admin")
    private String name;

    @Override
    public Object execute() {
        Account account = accounts.byName(name);
        String password = Tokens.newToken().substring(0, 24);
        accounts.update(account.id(), new AccountInput(null, null, null, null, true, password, null), Actors.of(session));
        Audit.record(activity, session, "account-password", "/accounts/" + account.id(), "a new password, enabled");
        System.out.println("The new password of " + account.name() + " is " + password);
        System.out.println("It is shown this once; sign in with it and change it on the console's Account page.");
        return null;
    }
}
