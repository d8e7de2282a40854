package org.dialtone.store.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "directory_user")
public class DirectoryUserEntity extends StoredEntity {
    String name;
    @Column(name = "name_key")
    String nameKey;
    boolean room;
}
