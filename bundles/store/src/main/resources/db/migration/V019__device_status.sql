-- Device status (F-MON-1/2): what devices push (telephony events), answer to polls and show by provisioning.
-- registration over all lines: REGISTERED, PARTIAL, UNREGISTERED, UNKNOWN; call_state: IN_CALL, IDLE, UNKNOWN.
-- next_poll_at: when some node polls the device next (spread over the poll interval); null until it is scheduled.
ALTER TABLE device ADD COLUMN registration VARCHAR(16) DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE device ADD COLUMN call_state VARCHAR(16) DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE device ADD COLUMN next_poll_at TIMESTAMP;
CREATE INDEX device_registration ON device (registration);
CREATE INDEX device_call_state ON device (call_state);
CREATE INDEX device_next_poll ON device (next_poll_at);
CREATE INDEX device_status_seen ON device (status, last_seen);

-- One row per line a device reported. registration: REGISTERED, UNREGISTERED, UNKNOWN; call_state the device's own
-- word for its call (Connected, Offering, Hold...), null when the line has none.
CREATE TABLE device_line (
    device_id    BIGINT        NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    line_number  INTEGER       NOT NULL,
    address      VARCHAR(256),
    label        VARCHAR(128),
    registration VARCHAR(16)   NOT NULL,
    call_state   VARCHAR(32),
    in_call      BOOLEAN       NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (device_id, line_number)
);

-- What else a device last reported. heard_from: EVENT, POLL or PROVISIONING.
CREATE TABLE device_detail (
    device_id       BIGINT        NOT NULL PRIMARY KEY REFERENCES device (id) ON DELETE CASCADE,
    heard_from      VARCHAR(16),
    last_event      VARCHAR(64),
    last_event_at   TIMESTAMP,
    off_hook        BOOLEAN,
    user_logged_in  VARCHAR(128),
    uptime_seconds  BIGINT,
    last_reboot_at  TIMESTAMP,
    polled_at       TIMESTAMP,
    poll_result     VARCHAR(512)
);

-- Online/offline changes, newest kept per device for its status page and for alerts.
CREATE TABLE device_state_change (
    id          BIGINT        NOT NULL PRIMARY KEY,
    device_id   BIGINT        NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    changed_at  TIMESTAMP     NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    reason      VARCHAR(256)  NOT NULL
);
CREATE INDEX device_state_change_device ON device_state_change (device_id, changed_at);
CREATE INDEX device_state_change_at ON device_state_change (changed_at);
