-- How often a site's devices are polled for their status (F-MON-1), in minutes; NULL: the installation's setting.
ALTER TABLE site ADD COLUMN poll_interval_minutes INTEGER;
CREATE INDEX site_poll_interval ON site (poll_interval_minutes);
