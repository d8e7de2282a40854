package org.dialtone.console.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.Servlet;
import org.osgi.framework.ServiceReference;
import org.dialtone.api.security.AccountService;
import org.dialtone.api.security.Role;
import org.dialtone.api.security.RoleMatrix;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The Dialtone pages as the console's navigation shows them: every web console plugin of category Dialtone with a
 * {@code dialtone.console.order}, in that order, and those the signed-in account's role may see. A page names its area
 * of the role matrix with {@code dialtone.console.area} (without one it is the admins' alone). A page added by another
 * bundle (the task pages, say) joins by its service properties alone.
 */
@Component(service = Navigation.class)
public class Navigation {
    static final String ORDER = "dialtone.console.order";
    static final String AREA = "dialtone.console.area";
    /** {@code true} on a page whose work reaches every site (imports): an account limited to some sites is not offered it. */
    static final String EVERY_SITE = "dialtone.console.everySite";
    /** A page as the navigation shows it; {@code order} null for a page reached from others only (one device's). */
    record Entry(String label, String title, Integer order, RoleMatrix.Area area, boolean everySite) {
    }

    private final Map<ServiceReference<Servlet>, Entry> pages = new ConcurrentHashMap<>();
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile AccountService accounts;

    /** Takes the page's properties only: getting the page itself would activate it, and it needs this navigation. */
    @Reference(service = Servlet.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(felix.webconsole.category=Dialtone)")
    void addPage(ServiceReference<Servlet> page) {
        Object order = page.getProperty(ORDER);
        Object area = page.getProperty(AREA);
        pages.put(page, new Entry(String.valueOf(page.getProperty("felix.webconsole.label")),
                String.valueOf(page.getProperty("felix.webconsole.title")),
                order == null ? null : order instanceof Number number ? number.intValue() : Integer.parseInt(order.toString().trim()),
                area == null ? RoleMatrix.Area.ACCOUNTS : RoleMatrix.Area.valueOf(area.toString().trim()),
                Boolean.parseBoolean(String.valueOf(page.getProperty(EVERY_SITE)))));
    }

    void removePage(ServiceReference<Servlet> page) {
        pages.remove(page);
    }

    /** The pages in the navigation that {@code caller} may see. */
    List<Entry> entries(Caller caller) {
        return pages.values().stream().filter(e -> e.order() != null && caller.access(e) != RoleMatrix.Access.NONE)
                .sorted(Comparator.comparingInt(Entry::order).thenComparing(Entry::title)).toList();
    }

    /** The page with this label as the navigation knows it; one that names no area is the admins' alone. */
    Entry entry(String label) {
        return pages.values().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElse(new Entry(label, label, null, RoleMatrix.Area.ACCOUNTS, true));
    }

    /** Who is signed in, as the pages need it: the role, and whether the account is limited to some sites. */
    record Caller(Role role, boolean siteLimited) {
        RoleMatrix.Access access(Entry page) {
            return role == null || siteLimited && page.everySite() ? RoleMatrix.Access.NONE : RoleMatrix.access(role, page.area(), siteLimited);
        }
    }

    /** The caller of a console request, from the subject the sign-in left on it; no role when there is none. */
    Caller caller(javax.servlet.http.HttpServletRequest request) {
        Object subject = request.getAttribute(ConsoleSignIn.SUBJECT);
        if (!(subject instanceof javax.security.auth.Subject signedIn)) {
            return new Caller(null, false);
        }
        Role role = ConsoleSignIn.role(signedIn).orElse(null);
        AccountService service = accounts;
        boolean limited = false;
        if (role != Role.ADMIN) {
            try {
                limited = service == null || ConsoleSignIn.account(signedIn).map(name -> service.byName(name).siteLimited()).orElse(true);
            } catch (RuntimeException e) {
                // Not knowing the account's sites, the console shows what a site-limited account may see.
                limited = true;
            }
        }
        return new Caller(role, limited);
    }
}
