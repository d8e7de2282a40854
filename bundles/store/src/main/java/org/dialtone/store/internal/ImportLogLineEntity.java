package org.dialtone.store.internal;

import java.io.Serializable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "import_log_line")
@IdClass(ImportLogLineEntity.Key.class)
public class ImportLogLineEntity {
    @Id
    @Column(name = "report_id")
    long reportId;
    @Id
    @Column(name = "line_no")
    int lineNo;
    String outcome;
    String message;

    protected ImportLogLineEntity() {
    }

    ImportLogLineEntity(long reportId, int lineNo, String outcome, String message) {
        this.reportId = reportId;
        this.lineNo = lineNo;
        this.outcome = outcome;
        this.message = message;
    }

    /** The composite primary key; EclipseLink needs a mutable class here, not a record. */
    public static class Key implements Serializable {
        public long reportId;
        public int lineNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && reportId == k.reportId && lineNo == k.lineNo;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(reportId, lineNo);
        }
    }
}
