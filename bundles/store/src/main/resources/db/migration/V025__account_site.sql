-- The sites an account is limited to (F-ADMIN-1, the site-scoped operator). site_limited says it is limited at all,
-- so an account whose sites were all removed reaches none rather than every one until an admin edits it.
ALTER TABLE account ADD COLUMN site_limited BOOLEAN DEFAULT FALSE NOT NULL;
CREATE TABLE account_site (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    site_id    BIGINT NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, site_id)
);
CREATE INDEX account_site_site ON account_site (site_id);
