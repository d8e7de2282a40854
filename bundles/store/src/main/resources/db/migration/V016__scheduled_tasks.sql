-- Scheduled tasks (guide: Scheduling Device Change Tasks, Viewing Scheduled Tasks): a task over targets, with its
-- type's arguments, and one sub task per device. Sub tasks are claimed with leases, so that with several nodes each
-- device is acted on once and a node that dies leaves its claims to the others when the lease runs out.
CREATE TABLE task (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(128)  NOT NULL,
    task_type   VARCHAR(32)   NOT NULL,
    state       VARCHAR(16)   NOT NULL,
    run_at      TIMESTAMP     NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    created_by  VARCHAR(128)  NOT NULL,
    started_at  TIMESTAMP,
    finished_at TIMESTAMP,
    version     BIGINT        NOT NULL
);
CREATE INDEX task_due ON task (state, run_at);
CREATE INDEX task_created ON task (created_at);

-- kind: DEVICE, GROUP, SITE (target_id) or FILTER (a Device Monitor query string).
CREATE TABLE task_target (
    task_id   BIGINT        NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    ordinal   INTEGER       NOT NULL,
    kind      VARCHAR(16)   NOT NULL,
    target_id BIGINT,
    device_filter VARCHAR(1000),
    PRIMARY KEY (task_id, ordinal)
);

CREATE TABLE task_argument (
    task_id   BIGINT        NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    name      VARCHAR(255)  NOT NULL,
    arg_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (task_id, name)
);

-- result: PENDING, IN_PROGRESS, SUCCESS, FAILURE, NOT_APPLICABLE, CANCELLED. not_before: a busy device's retry time.
CREATE TABLE sub_task (
    task_id     BIGINT        NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    device_id   BIGINT        NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    result      VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1024),
    attempts    INTEGER       NOT NULL,
    not_before  TIMESTAMP,
    lease_owner VARCHAR(64),
    lease_until TIMESTAMP,
    finished_at TIMESTAMP,
    PRIMARY KEY (task_id, device_id)
);
CREATE INDEX sub_task_open ON sub_task (result, not_before);
CREATE INDEX sub_task_device ON sub_task (device_id);

-- The certificate each device's REST API presented on first contact (its SHA-256), pinned from then on; an admin
-- accepts a changed one by removing the pin.
CREATE TABLE device_api_pin (
    device_id BIGINT    NOT NULL PRIMARY KEY REFERENCES device (id) ON DELETE CASCADE,
    sha256    CHAR(64)  NOT NULL,
    pinned_at TIMESTAMP NOT NULL
);
