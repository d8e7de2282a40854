-- Device types come from the drivers (F-DRV-3): the family that serves a device, the driver's label for its type
-- (device_type) and whether it is known by serial number. Rows of earlier builds get their family at next contact.
ALTER TABLE device ADD COLUMN family VARCHAR(64);
ALTER TABLE device ADD COLUMN serial_identified BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE device ALTER COLUMN device_type SET DATA TYPE VARCHAR(64);
CREATE INDEX device_family ON device (family);
UPDATE device SET serial_identified = TRUE WHERE mac IS NULL;
