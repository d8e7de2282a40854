package org.dialtone.store.internal;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Version;
import org.dialtone.api.software.SoftwareState;
import org.dialtone.api.software.SoftwareUpdate;

@Entity
@Table(name = "device")
public class DeviceEntity extends StoredEntity {
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
    @Column(name = "software_target_id")
    Long softwareTargetId;
    @Column(name = "software_target_version")
    String softwareTargetVersion;
    @Column(name = "software_state")
    String softwareState = "NONE";
    @Column(name = "software_polls_behind")
    int softwarePollsBehind;
    String registration = "UNKNOWN";
    @Column(name = "call_state")
    String callStatus = "UNKNOWN";
    @Column(name = "next_poll_at")
    LocalDateTime nextPollAt;
    @Column(name = "search_text")
    String searchText;
    @Column(name = "prov_password")
    String provPassword;
    @Column(name = "prov_account_used_at")
    LocalDateTime provAccountUsedAt;
    /** What admin edits are checked against: phones' contacts (address, firmware, status) do not change it. */
    long version;
    /** Guards every write against a concurrent one, phones' included. */
    @Version
    @Column(name = "row_version")
    long rowVersion;

    /** An admin changed the device: edits sent with an older version are refused. */
    void edited() {
        version++;
    }

    void setType(org.dialtone.api.inventory.DeviceType type) {
        if (type != null) {
            family = type.family();
            deviceType = type.label();
            serialIdentified = type.serialIdentified();
        }
    }

    /** A request of the application that reported {@code firmware}: one more poll behind unless it runs the image now. */
    void softwareReported(String firmware) {
        if (softwareTargetId == null || firmware == null) {
            return;
        }
        apply(softwareUpdate().reported(firmware));
    }

    /** The device is told to run this image from now on (null: none); counting starts again. */
    void softwareTarget(Long imageId, String imageVersion) {
        if (imageId == null) {
            softwareTargetId = null;
            softwareTargetVersion = null;
            softwarePollsBehind = 0;
            softwareState = SoftwareState.NONE.name();
        } else {
            apply(SoftwareUpdate.target(imageId, imageVersion, softwareVersion));
        }
    }

    private void apply(SoftwareUpdate update) {
        softwareTargetId = update.imageId();
        softwareTargetVersion = update.version();
        softwarePollsBehind = update.pollsBehind();
        softwareState = update.state().name();
    }

    SoftwareUpdate softwareUpdate() {
        return softwareTargetId == null ? null
                : new SoftwareUpdate(softwareTargetId, softwareTargetVersion, SoftwareState.valueOf(softwareState), softwarePollsBehind);
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
