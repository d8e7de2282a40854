-- Software images (F-SW-1): the uploaded package by its SHA-256, what the drivers said it serves (comma lists),
-- and the files devices download from it, each on disk by its own SHA-256.
CREATE TABLE software_image (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(128)  NOT NULL,
    name_key    VARCHAR(128)  NOT NULL,
    families    VARCHAR(512)  NOT NULL,
    version     VARCHAR(64)   NOT NULL,
    models      VARCHAR(4000) NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    byte_count  BIGINT        NOT NULL,
    uploaded_at TIMESTAMP     NOT NULL,
    uploaded_by VARCHAR(128)  NOT NULL,
    CONSTRAINT software_image_name_unique UNIQUE (name_key)
);
CREATE TABLE software_image_file (
    id          BIGINT        NOT NULL PRIMARY KEY,
    image_id    BIGINT        NOT NULL REFERENCES software_image (id) ON DELETE CASCADE,
    name        VARCHAR(128)  NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    byte_count  BIGINT        NOT NULL,
    CONSTRAINT software_image_file_unique UNIQUE (image_id, name)
);
CREATE INDEX software_image_file_sha256 ON software_image_file (sha256);
CREATE INDEX profile_software_image ON profile (software_image_id);
