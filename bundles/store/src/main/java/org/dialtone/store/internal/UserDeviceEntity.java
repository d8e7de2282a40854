package org.dialtone.store.internal;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "user_device")
@IdClass(UserDeviceEntity.Key.class)
public class UserDeviceEntity {
    @Id
    @Column(name = "user_id")
    long userId;
    @Id
    @Column(name = "device_id")
    long deviceId;

    protected UserDeviceEntity() {
    }

    UserDeviceEntity(long userId, long deviceId) {
        this.userId = userId;
        this.deviceId = deviceId;
    }

    /** The composite primary key; EclipseLink needs a mutable class here, not a record. */
    public static class Key implements Serializable {
        public long userId;
        public long deviceId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && userId == k.userId && deviceId == k.deviceId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(userId, deviceId);
        }
    }
}
