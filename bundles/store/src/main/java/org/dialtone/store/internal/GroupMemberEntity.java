package org.dialtone.store.internal;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "device_group_member")
@IdClass(GroupMemberEntity.Key.class)
public class GroupMemberEntity {
    @Id
    @Column(name = "device_id")
    long deviceId;
    @Id
    @Column(name = "group_id")
    long groupId;
    int priority;

    protected GroupMemberEntity() {
    }

    GroupMemberEntity(long deviceId, long groupId, int priority) {
        this.deviceId = deviceId;
        this.groupId = groupId;
        this.priority = priority;
    }

    /** The composite primary key; EclipseLink needs a mutable class here, not a record. */
    public static class Key implements Serializable {
        public long deviceId;
        public long groupId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && deviceId == k.deviceId && groupId == k.groupId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(deviceId, groupId);
        }
    }
}
