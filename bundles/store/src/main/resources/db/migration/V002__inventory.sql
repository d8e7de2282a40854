-- Sites, devices and device groups (guide: Site Management, Device Management, Managing Device Groups).
CREATE SEQUENCE inventory_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE site (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    name                VARCHAR(64)   NOT NULL,
    name_key            VARCHAR(64)   NOT NULL,
    description         VARCHAR(1024),
    location            VARCHAR(255),
    download_path       VARCHAR(2048),
    agent_site_specific BOOLEAN       NOT NULL,
    built_in            VARCHAR(16),
    modified_at         TIMESTAMP     NOT NULL,
    modified_by         VARCHAR(128)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT site_name_unique UNIQUE (name_key)
);

-- parent_id null: a public subnet; otherwise a private subnet of that public subnet.
-- range_low/range_high: the subnet's first and last address as 32 hex digits (IPv4 mapped into IPv6).
CREATE TABLE site_subnet (
    id          BIGINT      NOT NULL PRIMARY KEY,
    site_id     BIGINT      NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    parent_id   BIGINT      REFERENCES site_subnet (id) ON DELETE CASCADE,
    ip_address  VARCHAR(45) NOT NULL,
    mask_length INTEGER     NOT NULL,
    range_low   CHAR(32)    NOT NULL,
    range_high  CHAR(32)    NOT NULL,
    position    INTEGER     NOT NULL
);
CREATE INDEX site_subnet_site ON site_subnet (site_id);
CREATE INDEX site_subnet_parent ON site_subnet (parent_id);

INSERT INTO site (id, name, name_key, description, agent_site_specific, built_in, modified_at, modified_by, version)
VALUES (1, 'Internet', 'internet', 'Devices outside every other site', FALSE, 'INTERNET', CURRENT_TIMESTAMP, 'system', 1);
INSERT INTO site (id, name, name_key, description, agent_site_specific, built_in, modified_at, modified_by, version)
VALUES (2, 'Intranet', 'intranet', 'Change its public subnet to your enterprise network, or delete it', FALSE, 'INTRANET', CURRENT_TIMESTAMP, 'system', 1);
INSERT INTO site_subnet (id, site_id, parent_id, ip_address, mask_length, range_low, range_high, position)
VALUES (3, 2, NULL, '0.0.0.0', 0, '00000000000000000000ffff00000000', '00000000000000000000ffffffffffff', 0);

CREATE TABLE device_group (
    id           BIGINT        NOT NULL PRIMARY KEY,
    name         VARCHAR(64)   NOT NULL,
    name_key     VARCHAR(64)   NOT NULL,
    description  VARCHAR(1024),
    default_rank INTEGER,
    modified_at  TIMESTAMP     NOT NULL,
    modified_by  VARCHAR(128)  NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT device_group_name_unique UNIQUE (name_key)
);

-- search_text: lower-case name, MAC, serial, addresses, model and description for the Device Monitor search.
CREATE TABLE device (
    id               BIGINT        NOT NULL PRIMARY KEY,
    mac              CHAR(12),
    serial_number    VARCHAR(64),
    device_type      VARCHAR(32),
    model            VARCHAR(64),
    name             VARCHAR(64),
    description      VARCHAR(1024),
    public_ip        VARCHAR(45),
    public_ip_key    CHAR(32),
    private_ip       VARCHAR(45),
    site_id          BIGINT        NOT NULL REFERENCES site (id),
    software_version VARCHAR(64),
    status           VARCHAR(16)   NOT NULL,
    last_seen        TIMESTAMP,
    added_by         VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    search_text      VARCHAR(1500) NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT device_mac_unique UNIQUE (mac),
    CONSTRAINT device_serial_unique UNIQUE (serial_number)
);
CREATE INDEX device_site ON device (site_id);
CREATE INDEX device_public_ip_key ON device (public_ip_key);
CREATE INDEX device_name ON device (name);
CREATE INDEX device_model ON device (model);
CREATE INDEX device_type_idx ON device (device_type);
CREATE INDEX device_status ON device (status);
CREATE INDEX device_last_seen ON device (last_seen);

-- priority: the group's priority for this device, lowest first (F-GRP-2).
CREATE TABLE device_group_member (
    device_id BIGINT  NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    group_id  BIGINT  NOT NULL REFERENCES device_group (id) ON DELETE CASCADE,
    priority  INTEGER NOT NULL,
    PRIMARY KEY (device_id, group_id)
);
CREATE INDEX device_group_member_group ON device_group_member (group_id);

-- The device's csv profile (guide: Auto-Generated Configuration Profile).
CREATE TABLE device_attribute (
    device_id BIGINT        NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    name      VARCHAR(255)  NOT NULL,
    attr_value VARCHAR(4000) NOT NULL,
    position  INTEGER       NOT NULL,
    PRIMARY KEY (device_id, name)
);

CREATE TABLE import_report (
    id          BIGINT       NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    field_separator CHAR(1)  NOT NULL,
    row_count   INTEGER      NOT NULL,
    created     INTEGER      NOT NULL,
    updated     INTEGER      NOT NULL,
    skipped     INTEGER      NOT NULL,
    failed      INTEGER      NOT NULL,
    warnings    INTEGER      NOT NULL,
    imported_at TIMESTAMP    NOT NULL,
    imported_by VARCHAR(128) NOT NULL
);

CREATE TABLE import_log_line (
    report_id BIGINT        NOT NULL REFERENCES import_report (id) ON DELETE CASCADE,
    line_no   INTEGER       NOT NULL,
    outcome   VARCHAR(16)   NOT NULL,
    message   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (report_id, line_no)
);
