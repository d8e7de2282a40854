-- TLS material every node serves alike, sealed with the key in etc/dialtone-secret.key: the installation's CA
-- ('authority'), an installed server certificate ('server') and the device trust anchors ('device-trust').
CREATE TABLE tls_material (
    name         VARCHAR(32)     NOT NULL PRIMARY KEY,
    sealed_value VARCHAR(1000000) NOT NULL,
    version      BIGINT          NOT NULL,
    updated_at   TIMESTAMP       NOT NULL,
    updated_by   VARCHAR(128)
);
