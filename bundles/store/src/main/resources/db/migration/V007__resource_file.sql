-- Resource files (guide: Managing Resource Files): metadata here, content on disk addressed by its SHA-256.
CREATE TABLE resource_file (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(128)  NOT NULL,
    name_key    VARCHAR(128)  NOT NULL,
    description VARCHAR(1024),
    sha256      CHAR(64)      NOT NULL,
    byte_count  BIGINT        NOT NULL,
    uploaded_at TIMESTAMP     NOT NULL,
    uploaded_by VARCHAR(128)  NOT NULL,
    CONSTRAINT resource_file_name_unique UNIQUE (name_key)
);
CREATE INDEX resource_file_sha256 ON resource_file (sha256);
