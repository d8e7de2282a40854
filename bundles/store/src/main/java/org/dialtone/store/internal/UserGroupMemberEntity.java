package org.dialtone.store.internal;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "user_group_member")
@IdClass(UserGroupMemberEntity.Key.class)
public class UserGroupMemberEntity {
    @Id
    @Column(name = "user_id")
    long userId;
    @Id
    @Column(name = "group_id")
    long groupId;
    int priority;

    protected UserGroupMemberEntity() {
    }

    UserGroupMemberEntity(long userId, long groupId, int priority) {
        this.userId = userId;
        this.groupId = groupId;
        this.priority = priority;
    }

    /** The composite primary key; EclipseLink needs a mutable class here, not a record. */
    public static class Key implements Serializable {
        public long userId;
        public long groupId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && userId == k.userId && groupId == k.groupId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(userId, groupId);
        }
    }
}
