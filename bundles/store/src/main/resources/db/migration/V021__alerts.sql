-- Alerts (F-MON-5, CMA Device Alerts). state: OPEN, ACKNOWLEDGED, CLEARED. open_key is kind:subject while the alert is
-- not cleared, so that one alert of a kind per subject is open at a time across nodes (NULLs do not collide).
CREATE TABLE alert (
    id               BIGINT         NOT NULL PRIMARY KEY,
    kind             VARCHAR(48)    NOT NULL,
    device_id        BIGINT         REFERENCES device (id) ON DELETE CASCADE,
    subject          VARCHAR(256)   NOT NULL,
    message          VARCHAR(1024)  NOT NULL,
    state            VARCHAR(16)    NOT NULL,
    raised_at        TIMESTAMP      NOT NULL,
    acknowledged_by  VARCHAR(128),
    acknowledged_at  TIMESTAMP,
    cleared_by       VARCHAR(128),
    cleared_at       TIMESTAMP,
    open_key         VARCHAR(320)
);
CREATE UNIQUE INDEX alert_open_key ON alert (open_key);
CREATE INDEX alert_state ON alert (state, raised_at);
CREATE INDEX alert_device ON alert (device_id);
