package org.dialtone.store.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "user_group")
public class UserGroupEntity extends StoredEntity {
    String name;
    @Column(name = "name_key")
    String nameKey;
    int priority;
}
