-- Device schemas (XSD): the default one an admin uploads (guide: Upload Default XSD File). Kept in the
-- database so every node reads the same file; each node indexes it in memory.
CREATE TABLE device_schema (
    id              BIGINT       NOT NULL PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    byte_count      BIGINT       NOT NULL,
    attribute_count INTEGER      NOT NULL,
    body            TEXT         NOT NULL,
    uploaded_at     TIMESTAMP    NOT NULL,
    uploaded_by     VARCHAR(128) NOT NULL,
    CONSTRAINT device_schema_kind_unique UNIQUE (kind)
);
