-- Profile Deployment Result on the device's details (guide: View Device Details): when the device last fetched its
-- master configuration and whether it could be served.
ALTER TABLE device ADD COLUMN last_provision_at TIMESTAMP;
ALTER TABLE device ADD COLUMN last_provision_result VARCHAR(16);
