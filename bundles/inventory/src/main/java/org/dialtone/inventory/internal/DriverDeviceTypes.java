package org.dialtone.inventory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dialtone.api.inventory.DeviceType;
import org.dialtone.api.inventory.DeviceTypes;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.DeviceModel;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The device types of the drivers that run, looked up by CSV endpoint type, label or family (F-DRV-3). */
@Component(service = DeviceTypes.class)
public class DriverDeviceTypes implements DeviceTypes, org.dialtone.drivers.DriverRegistry.Listener {
    private record Family(List<DeviceType> types, Map<String, DeviceType> byName, List<org.dialtone.api.inventory.DeviceModelInfo> models) {
    }

    private final Map<String, Family> families = new ConcurrentHashMap<>();

    private final org.dialtone.drivers.DriverRegistry registry;

    @org.osgi.service.component.annotations.Activate
    public DriverDeviceTypes(@Reference org.dialtone.drivers.DriverRegistry registry) {
        this.registry = registry;
        registry.listen(this);
    }

    /** Without a registry: tests tell it of arrivals and departures themselves. */
    DriverDeviceTypes() {
        this.registry = null;
    }

    @org.osgi.service.component.annotations.Deactivate
    void stop() {
        registry.unlisten(this);
    }

    @Override
    public void arrived(DeviceDriver driver) {
        families.put(driver.family(), read(driver));
    }

    @Override
    public void departed(DeviceDriver driver) {
        families.remove(driver.family());
    }

    static Family read(DeviceDriver driver) {
        boolean bySerial = driver.identifiedBy() == DeviceIdentity.Kind.SERIAL;
        List<DeviceType> types = new ArrayList<>();
        Map<String, DeviceType> byName = new ConcurrentHashMap<>();
        List<org.dialtone.api.inventory.DeviceModelInfo> models = new ArrayList<>();
        for (DeviceModel model : driver.models()) {
            models.add(new org.dialtone.api.inventory.DeviceModelInfo(driver.family(), model.deviceType(), model.token(), model.displayName(),
                    model.partNumber()));
            DeviceType type = new DeviceType(driver.family(), model.deviceType(), bySerial);
            if (!types.contains(type)) {
                types.add(type);
            }
            byName.putIfAbsent(key(model.deviceType()), type);
            model.endpointTypes().forEach(e -> byName.putIfAbsent(key(e), type));
        }
        if (!types.isEmpty()) {
            byName.putIfAbsent(key(driver.family()), types.get(0));
        }
        return new Family(List.copyOf(types), Map.copyOf(byName), List.copyOf(models));
    }

    @Override
    public Optional<DeviceType> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = key(text);
        return families.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().byName().get(key)).filter(t -> t != null).findFirst();
    }

    @Override
    public List<DeviceType> all() {
        return families.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().types().stream()).toList();
    }

    @Override
    public List<org.dialtone.api.inventory.DeviceModelInfo> models() {
        return families.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().models().stream()).toList();
    }

    @Override
    public Optional<String> modelNote(String family, String model, String firmwareVersion) {
        if (family == null || registry == null) {
            return Optional.empty();
        }
        return registry.byFamily(family).map(driver -> driver.capabilities(model, firmwareVersion)).map(c -> c.note());
    }

    @Override
    public boolean driverPresent(String family) {
        return family != null && families.containsKey(family);
    }

    private static String key(String text) {
        return text.strip().replaceAll("[\\s_]+", " ").toLowerCase(Locale.ROOT);
    }
}
