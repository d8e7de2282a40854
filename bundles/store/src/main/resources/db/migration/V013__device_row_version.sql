-- device.version is what admin edits are checked against; row_version guards every write, phones' contacts included,
-- so that a phone booting does not make an admin's edit fail.
ALTER TABLE device ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
