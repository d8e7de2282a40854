-- Admin accounts shared by every node (F-ADMIN-1), read by the Karaf JAAS realm Dialtone registers (Karaf's
-- JDBCLoginModule). password_hash is bcrypt in the form Karaf's encryption checks: {CRYPT}hex{CRYPT}. role: ADMIN,
-- OPERATOR or VIEWER; role_principal says which JAAS roles each one signs in with (Karaf's own for an admin: the web
-- console, SSH and the shell's command rules).
CREATE TABLE account (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    name                 VARCHAR(64)   NOT NULL,
    name_key             VARCHAR(64)   NOT NULL,
    full_name            VARCHAR(128),
    email                VARCHAR(254),
    role                 VARCHAR(32)   NOT NULL,
    enabled              BOOLEAN       NOT NULL,
    password_hash        VARCHAR(256)  NOT NULL,
    password_changed_at  TIMESTAMP     NOT NULL,
    last_sign_in_at      TIMESTAMP,
    last_sign_in_address VARCHAR(64),
    created_at           TIMESTAMP     NOT NULL,
    modified_at          TIMESTAMP,
    modified_by          VARCHAR(128),
    version              BIGINT        NOT NULL
);
CREATE UNIQUE INDEX account_name ON account (name_key);

CREATE TABLE role_principal (
    role      VARCHAR(32)  NOT NULL,
    principal VARCHAR(64)  NOT NULL,
    PRIMARY KEY (role, principal)
);
INSERT INTO role_principal (role, principal) VALUES
    ('ADMIN', 'admin'), ('ADMIN', 'manager'), ('ADMIN', 'viewer'), ('ADMIN', 'systembundles'), ('ADMIN', 'ssh'),
    ('OPERATOR', 'dialtone-operator'), ('VIEWER', 'dialtone-viewer');

-- API tokens: the secret is shown once and kept as its SHA-256 (it is 32 random bytes, so a fast hash is enough).
CREATE TABLE api_token (
    id                BIGINT        NOT NULL PRIMARY KEY,
    account_id        BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    label             VARCHAR(64)   NOT NULL,
    role              VARCHAR(32)   NOT NULL,
    secret_hash       VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    expires_at        TIMESTAMP     NOT NULL,
    last_used_at      TIMESTAMP,
    last_used_address VARCHAR(64),
    revoked_at        TIMESTAMP
);
CREATE UNIQUE INDEX api_token_secret ON api_token (secret_hash);
CREATE INDEX api_token_account ON api_token (account_id);
