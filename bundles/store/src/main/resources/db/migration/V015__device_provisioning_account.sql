-- A device's own provisioning account (beyond the guide): its generated password, sealed, and when the device first
-- signed in with it. Until then the shared account still admits the device.
ALTER TABLE device ADD COLUMN prov_password VARCHAR(512);
ALTER TABLE device ADD COLUMN prov_account_used_at TIMESTAMP;
