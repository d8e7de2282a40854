-- Network packet captures (guide: Capture a Device Network Packet): one under way per device, ended by its time, an
-- admin's Stop (the device sends the file to the upload address, whose token is kept sealed and found by its hash)
-- or Cancel. state: CAPTURING, UPLOADING, DONE, CANCELLED, FAILED.
CREATE TABLE packet_capture (
    id              BIGINT        NOT NULL PRIMARY KEY,
    device_id       BIGINT        NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    state           VARCHAR(16)   NOT NULL,
    capture_filter  VARCHAR(512),
    size_mb         INTEGER       NOT NULL,
    minutes         INTEGER       NOT NULL,
    started_at      TIMESTAMP     NOT NULL,
    ends_at         TIMESTAMP     NOT NULL,
    started_by      VARCHAR(128)  NOT NULL,
    upload_asked_at TIMESTAMP,
    finished_at     TIMESTAMP,
    token_hash      CHAR(64),
    token_sealed    VARCHAR(512),
    file_name       VARCHAR(200),
    reason          VARCHAR(1024)
);
CREATE INDEX packet_capture_device ON packet_capture (device_id, started_at);
CREATE INDEX packet_capture_open ON packet_capture (state, ends_at);
CREATE UNIQUE INDEX packet_capture_token ON packet_capture (token_hash);
