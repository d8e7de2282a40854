package org.dialtone.store.internal;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "device")
public class DeviceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_seq")
    long id;
    String mac;
    @Column(name = "serial_number")
    String serialNumber;
    String family;
    @Column(name = "device_type")
    String deviceType;
    @Column(name = "serial_identified")
    boolean serialIdentified;
    String model;
    String name;
    String description;
    @Column(name = "public_ip")
    String publicIp;
    @Column(name = "public_ip_key")
    String publicIpKey;
    @Column(name = "private_ip")
    String privateIp;
    @Column(name = "site_id")
    long siteId;
    @Column(name = "software_version")
    String softwareVersion;
    String status;
    @Column(name = "last_seen")
    LocalDateTime lastSeen;
    @Column(name = "added_by")
    String addedBy;
    @Column(name = "created_at")
    LocalDateTime createdAt;
    @Column(name = "last_provision_at")
    LocalDateTime lastProvisionAt;
    @Column(name = "last_provision_result")
    String lastProvisionResult;
    @Column(name = "search_text")
    String searchText;
    @Version
    long version;

    void setType(org.dialtone.api.inventory.DeviceType type) {
        if (type != null) {
            family = type.family();
            deviceType = type.label();
            serialIdentified = type.serialIdentified();
        }
    }

    /** Keeps the Device Monitor's search column in step with the fields it covers; call before every write. */
    void refreshSearchText() {
        searchText = Stream.of(name, mac, serialNumber, publicIp, privateIp, model, description, deviceType)
                .filter(Objects::nonNull)
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\u0001"));
        if (searchText.length() > 1500) {
            searchText = searchText.substring(0, 1500);
        }
    }
}
