package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "device_state_change")
public class DeviceStateChangeEntity extends StoredEntity {
    @Column(name = "device_id")
    long deviceId;
    @Column(name = "changed_at")
    LocalDateTime changedAt;
    String status;
    String reason;

    static DeviceStateChangeEntity of(long deviceId, LocalDateTime at, String status, String reason) {
        DeviceStateChangeEntity change = new DeviceStateChangeEntity();
        change.deviceId = deviceId;
        change.changedAt = at;
        change.status = status;
        change.reason = reason.length() > 256 ? reason.substring(0, 253) + "..." : reason;
        return change;
    }
}
