package org.dialtone.inventory.internal;

import java.util.ArrayList;
import java.util.List;
import org.dialtone.api.inventory.DeviceGroupService;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.SiteService;
import org.dialtone.api.system.HealthCheck;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Sites, devices and device groups run only while the database does. */
@Component(service = HealthCheck.class)
public class InventoryHealth implements HealthCheck {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SiteService sites;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeviceService devices;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeviceGroupService groups;

    @Override
    public Result check() {
        List<String> missing = new ArrayList<>();
        if (sites == null) {
            missing.add("sites");
        }
        if (devices == null) {
            missing.add("devices");
        }
        if (groups == null) {
            missing.add("device groups");
        }
        List<String> notices = new ArrayList<>();
        SiteService current = sites;
        if (current != null) {
            try {
                SiteRules.intranetNotice(current.get(SiteServiceImpl.INTRANET_ID)).ifPresent(notices::add);
            } catch (org.dialtone.api.NotFoundException deleted) {
                // An admin deleted the Intranet site, as the guide allows.
            } catch (RuntimeException e) {
                // The database is down: the database check says so.
            }
        }
        return new Result(missing, notices);
    }
}
