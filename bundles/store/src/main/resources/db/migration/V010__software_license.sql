-- Group Series licence key files (F-SW-4): one per software image, replaced by a new upload.
CREATE TABLE software_license (
    image_id    BIGINT        NOT NULL PRIMARY KEY REFERENCES software_image (id) ON DELETE CASCADE,
    file_name   VARCHAR(128)  NOT NULL,
    content     TEXT          NOT NULL,
    uploaded_at TIMESTAMP     NOT NULL,
    uploaded_by VARCHAR(128)  NOT NULL
);
