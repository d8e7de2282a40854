package org.dialtone.store.internal;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "profile_attribute")
@IdClass(ProfileAttributeEntity.Key.class)
public class ProfileAttributeEntity {
    @Id
    @Column(name = "profile_id")
    long profileId;
    @Id
    String name;
    @Column(name = "attr_value")
    String value;
    int position;
    @Column(name = "resource_file_id")
    Long resourceFileId;

    protected ProfileAttributeEntity() {
    }

    ProfileAttributeEntity(long profileId, String name, String value, int position, Long resourceFileId) {
        this.profileId = profileId;
        this.name = name;
        this.value = value;
        this.position = position;
        this.resourceFileId = resourceFileId;
    }

    /** The composite primary key; EclipseLink needs a mutable class here, not a record. */
    public static class Key implements Serializable {
        public long profileId;
        public String name;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && profileId == k.profileId && java.util.Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(profileId, name);
        }
    }
}
