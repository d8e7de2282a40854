package org.dialtone.console.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.Servlet;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The Dialtone pages as the console's navigation shows them: every web console plugin of category Dialtone with a
 * {@code dialtone.console.order}, in that order. A page added by another bundle (the task pages, say) joins by its
 * service properties alone.
 */
@Component(service = Navigation.class)
public class Navigation {
    static final String ORDER = "dialtone.console.order";
    /** A page as the navigation shows it. */
    record Entry(String label, String title, int order) {
    }

    private final Map<ServiceReference<Servlet>, Entry> pages = new ConcurrentHashMap<>();

    /** Takes the page's properties only: getting the page itself would activate it, and it needs this navigation. */
    @Reference(service = Servlet.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(&(felix.webconsole.category=Dialtone)(" + ORDER + "=*))")
    void addPage(ServiceReference<Servlet> page) {
        Object order = page.getProperty(ORDER);
        pages.put(page, new Entry(String.valueOf(page.getProperty("felix.webconsole.label")),
                String.valueOf(page.getProperty("felix.webconsole.title")),
                order instanceof Number number ? number.intValue() : Integer.parseInt(order.toString().trim())));
    }

    void removePage(ServiceReference<Servlet> page) {
        pages.remove(page);
    }

    List<Entry> entries() {
        return pages.values().stream().sorted(Comparator.comparingInt(Entry::order).thenComparing(Entry::title)).toList();
    }
}
