package org.dialtone.store.internal;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "deployment")
@IdClass(DeploymentEntity.Key.class)
public class DeploymentEntity {
    @Id
    @Column(name = "container_type")
    String containerType;
    @Id
    @Column(name = "container_key")
    String containerKey;
    @Id
    @Column(name = "profile_id")
    long profileId;
    @Column(name = "rank_no")
    int rank;

    protected DeploymentEntity() {
    }

    DeploymentEntity(String containerType, String containerKey, long profileId, int rank) {
        this.containerType = containerType;
        this.containerKey = containerKey;
        this.profileId = profileId;
        this.rank = rank;
    }

    /** The composite primary key; EclipseLink needs a mutable class here, not a record. */
    public static class Key implements Serializable {
        public String containerType;
        public String containerKey;
        public long profileId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && profileId == k.profileId && java.util.Objects.equals(containerType, k.containerType)
                    && java.util.Objects.equals(containerKey, k.containerKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(containerType, containerKey, profileId);
        }
    }
}
