package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** An alert as raised; acknowledging and clearing are conditional updates (JpaAlertRepository). */
@Entity
@Table(name = "alert")
public class AlertEntity extends StoredEntity {
    String kind;
    @Column(name = "device_id")
    Long deviceId;
    String subject;
    String message;
    String state;
    @Column(name = "raised_at")
    LocalDateTime raisedAt;
    @Column(name = "acknowledged_by")
    String acknowledgedBy;
    @Column(name = "acknowledged_at")
    LocalDateTime acknowledgedAt;
    @Column(name = "cleared_by")
    String clearedBy;
    @Column(name = "cleared_at")
    LocalDateTime clearedAt;
    @Column(name = "open_key")
    String openKey;
}
