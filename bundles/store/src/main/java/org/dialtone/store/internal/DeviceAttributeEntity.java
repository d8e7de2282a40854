package org.dialtone.store.internal;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "device_attribute")
@IdClass(DeviceAttributeEntity.Key.class)
public class DeviceAttributeEntity {
    @Id
    @Column(name = "device_id")
    long deviceId;
    @Id
    String name;
    @Column(name = "attr_value")
    String value;
    int position;

    protected DeviceAttributeEntity() {
    }

    DeviceAttributeEntity(long deviceId, String name, String value, int position) {
        this.deviceId = deviceId;
        this.name = name;
        this.value = value;
        this.position = position;
    }

    /** The composite primary key; EclipseLink needs a mutable class here, not a record. */
    public static class Key implements Serializable {
        public long deviceId;
        public String name;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && deviceId == k.deviceId && java.util.Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(deviceId, name);
        }
    }
}
