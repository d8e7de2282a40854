-- The guide's Provisioning Settings page: one row. No provisioning account until an admin sets one.
CREATE TABLE provisioning_settings (
    id                    INTEGER       NOT NULL PRIMARY KEY,
    host_name             VARCHAR(253),
    download_path_inside  VARCHAR(2048),
    download_path_outside VARCHAR(2048),
    polling_window_start  TIME          NOT NULL,
    polling_window_end    TIME          NOT NULL,
    account_user          VARCHAR(64),
    account_secret        VARCHAR(512),
    modified_at           TIMESTAMP     NOT NULL,
    modified_by           VARCHAR(128)  NOT NULL,
    version               BIGINT        NOT NULL
);

INSERT INTO provisioning_settings (id, polling_window_start, polling_window_end, modified_at, modified_by, version)
VALUES (1, TIME '03:00:00', TIME '05:00:00', CURRENT_TIMESTAMP, 'system', 1);
