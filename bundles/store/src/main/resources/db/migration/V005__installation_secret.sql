-- Secrets this installation generates for itself (sealed with the key in etc/dialtone-secret.key), such as the
-- admin password Dialtone's management baseline profiles give devices.
CREATE TABLE installation_secret (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    sealed_value VARCHAR(512) NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);
