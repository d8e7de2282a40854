package org.dialtone.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.apache.felix.webconsole.WebConsoleSecurityProvider;
import org.apache.felix.webconsole.WebConsoleSecurityProvider2;
import org.dialtone.api.security.BasicCredentials;
import org.dialtone.api.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.osgi.service.component.annotations.Component;

/**
 * Who may open the web console (issue 20): every account with a Dialtone role, signed in against the accounts every
 * node shares (the {@code karaf} JAAS realm). Admins reach all of it, Karaf's pages included; operators and viewers
 * the Dialtone pages only, each as far as the role matrix lets them ({@link ConsolePage}). Ranked above Karaf's own
 * provider, which admits the {@code admin} role alone. {@value #SIGN_OUT} ends the sign-in: the browser is asked for
 * credentials again, so that it forgets the ones it kept.
 */
@Component(service = {WebConsoleSecurityProvider.class, WebConsoleSecurityProvider2.class}, property = "service.ranking:Integer=100")
public class ConsoleSignIn implements WebConsoleSecurityProvider2 {
    /** Where KarafOsgiManager looks for the subject to run the page as. */
    static final String SUBJECT = "karaf.subject.runas";
    static final String SIGN_OUT = "dialtone.sign-out";
    private static final String REALM = "karaf";
    private static final String SESSION_KEY = "dialtone.console.signed-in";
    private static final String ROLE_PRINCIPAL = "org.apache.karaf.jaas.boot.principal.RolePrincipal";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSignIn.class);

    private record SignedIn(byte[] credentialHash, Subject subject) {
    }

    @Override
    public Object authenticate(String username, String password) {
        return signIn(username, password).filter(subject -> role(subject).isPresent()).orElse(null);
    }

    @Override
    public boolean authorize(Object user, String role) {
        return true;
    }

    @Override
    public boolean authenticate(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            if (path.equals("/" + SIGN_OUT) || path.startsWith("/" + SIGN_OUT + "/")) {
                signOut(request, response);
                return false;
            }
            Optional<BasicCredentials> basic = BasicCredentials.parse(request.getHeader("Authorization"));
            if (basic.isEmpty()) {
                challenge(response, "Sign in with your Dialtone account.");
                return false;
            }
            Optional<Subject> known = known(request, basic.get());
            Optional<Subject> subject = known.or(() -> signIn(basic.get().name(), basic.get().password()));
            Optional<Role> role = subject.flatMap(ConsoleSignIn::role);
            if (role.isEmpty()) {
                challenge(response, "The name or password is wrong, or the account has no Dialtone role.");
                return false;
            }
            if (known.isEmpty()) {
                remember(request, basic.get(), subject.get());
            }
            if (role.get() != Role.ADMIN && !path.startsWith("/dialtone.")) {
                refuse(response, role.get());
                return false;
            }
            request.setAttribute("org.osgi.service.http.authentication.type", HttpServletRequest.BASIC_AUTH);
            request.setAttribute("org.osgi.service.http.authentication.remote.user", basic.get().name());
            request.setAttribute(USER_ATTRIBUTE, basic.get().name());
            request.setAttribute(SUBJECT, subject.get());
            return true;
        } catch (IOException e) {
            LOG.debug("The console's answer could not be written: {}", e.toString());
            return false;
        }
    }

    /** The highest Dialtone role the subject holds. */
    static Optional<Role> role(Subject subject) {
        return Role.of(name -> subject.getPrincipals().stream()
                .anyMatch(p -> p.getClass().getName().equals(ROLE_PRINCIPAL) && p.getName().equals(name)));
    }

    /** The signed-in account's name. */
    static Optional<String> account(Subject subject) {
        return subject.getPrincipals().stream().filter(p -> p.getClass().getName().equals("org.apache.karaf.jaas.boot.principal.UserPrincipal"))
                .map(java.security.Principal::getName).findFirst();
    }

    private static Optional<Subject> signIn(String name, String password) {
        Subject subject = new Subject();
        try {
            LoginContext login = new LoginContext(REALM, subject, callbacks -> {
                for (javax.security.auth.callback.Callback callback : callbacks) {
                    if (callback instanceof NameCallback named) {
                        named.setName(name);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
            return Optional.of(subject);
        } catch (LoginException e) {
            LOG.info("A console sign-in as {} failed: {}", name, e.getMessage());
            return Optional.empty();
        }
    }

    /** The subject this browser session signed in as, while it sends the same credentials. */
    private static Optional<Subject> known(HttpServletRequest request, BasicCredentials basic) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(SESSION_KEY);
        return kept instanceof SignedIn signedIn && MessageDigest.isEqual(signedIn.credentialHash(), hash(basic))
                ? Optional.of(signedIn.subject()) : Optional.empty();
    }

    private static void remember(HttpServletRequest request, BasicCredentials basic, Subject subject) {
        request.getSession(true).setAttribute(SESSION_KEY, new SignedIn(hash(basic), subject));
    }

    private static byte[] hash(BasicCredentials basic) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((basic.name() + '\0' + basic.password()).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends the session and refuses the credentials the browser sent: it drops them, and asks for new ones at the next page. */
    private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        challenge(response, "You signed out. Close the browser's sign-in prompt, or sign in again, as yourself or as another account.");
    }

    private static void challenge(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        page(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    private static void refuse(HttpServletResponse response, Role role) throws IOException {
        page(response, HttpServletResponse.SC_FORBIDDEN, "Karaf's own pages are for admins; " + (role == Role.OPERATOR ? "an operator" : "a viewer")
                + " uses the Dialtone pages.");
    }

    static void page(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'");
        response.getOutputStream().write(("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dialtone</title></head><body><p>"
                + message + "</p><p><a href=\"" + ConsolePage.ROOT + "dialtone.dashboard\">The Dialtone console</a></p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8));
        // Committed now: the HTTP service answers a refused request itself (a bare 403) unless the answer has gone out.
        response.flushBuffer();
    }
}
