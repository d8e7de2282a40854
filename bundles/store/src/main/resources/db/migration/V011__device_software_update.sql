-- The image each device was last told to run (F-SW-4): its version, whether the device reports it, and how many of
-- the device's requests since then still reported another version (pending turns failing).
ALTER TABLE device ADD COLUMN software_target_id BIGINT;
ALTER TABLE device ADD COLUMN software_target_version VARCHAR(64);
ALTER TABLE device ADD COLUMN software_state VARCHAR(12) DEFAULT 'NONE' NOT NULL;
ALTER TABLE device ADD COLUMN software_polls_behind INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX device_software_state ON device (software_state, software_target_id);
