package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "import_report")
public class ImportReportEntity extends StoredEntity {
    String kind;
    @Column(name = "field_separator")
    String separator;
    @Column(name = "row_count")
    int rows;
    int created;
    int updated;
    int skipped;
    int failed;
    int warnings;
    @Column(name = "imported_at")
    LocalDateTime importedAt;
    @Column(name = "imported_by")
    String importedBy;
}
