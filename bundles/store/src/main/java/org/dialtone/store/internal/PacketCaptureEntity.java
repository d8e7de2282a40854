package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A packet capture as created; its state moves by conditional updates (JpaPacketCaptureRepository). */
@Entity
@Table(name = "packet_capture")
public class PacketCaptureEntity extends StoredEntity {
    @Column(name = "device_id")
    long deviceId;
    String state;
    @Column(name = "capture_filter")
    String filter;
    @Column(name = "size_mb")
    int sizeMb;
    int minutes;
    @Column(name = "started_at")
    LocalDateTime startedAt;
    @Column(name = "ends_at")
    LocalDateTime endsAt;
    @Column(name = "started_by")
    String startedBy;
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "token_sealed")
    String tokenSealed;
}
