package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "activity")
public class ActivityEntity extends StoredEntity {
    LocalDateTime at;
    String actor;
    String face;
    String action;
    String target;
    int status;
    @Column(name = "before_text")
    String before;
    @Column(name = "after_text")
    String after;
}
