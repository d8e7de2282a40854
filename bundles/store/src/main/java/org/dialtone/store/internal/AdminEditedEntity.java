package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/** A row admins edit: who changed it last and when, and the version an edit is checked against. */
@MappedSuperclass
abstract class AdminEditedEntity extends StoredEntity {
    @Column(name = "modified_at")
    LocalDateTime modifiedAt;
    @Column(name = "modified_by")
    String modifiedBy;
    @Version
    long version;
}
