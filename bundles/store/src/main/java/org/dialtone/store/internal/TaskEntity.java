package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A scheduled task's row; its targets, arguments and sub tasks are rows of their own, written with plain SQL. */
@Entity
@Table(name = "task")
public class TaskEntity extends StoredEntity {
    String name;
    @Column(name = "task_type")
    String type;
    String state;
    @Column(name = "run_at")
    LocalDateTime runAt;
    @Column(name = "created_at")
    LocalDateTime createdAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "started_at")
    LocalDateTime startedAt;
    @Column(name = "finished_at")
    LocalDateTime finishedAt;
    /** Moved on by every change, also by the engine's plain SQL; edits are checked against it. */
    long version;
}
