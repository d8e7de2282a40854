-- Configuration profiles and their deployment (guide: Managing Configuration Profiles, Configuration Profile Deployment).
-- profile_type: STANDARD, TEMPLATE, USER_DEFINED, USER_IMPORTED, SOFTWARE. A USER_IMPORTED profile is a
-- device's csv profile: owner_device_id names the device, its parameters stay in device_attribute.
CREATE TABLE profile (
    id                BIGINT        NOT NULL PRIMARY KEY,
    name              VARCHAR(128)  NOT NULL,
    name_key          VARCHAR(128)  NOT NULL,
    description       VARCHAR(1024),
    profile_type      VARCHAR(16)   NOT NULL,
    profile_mode      VARCHAR(32)   NOT NULL,
    software_image_id BIGINT,
    owner_device_id   BIGINT        REFERENCES device (id) ON DELETE CASCADE,
    driver_family     VARCHAR(64),
    modified_at       TIMESTAMP     NOT NULL,
    modified_by       VARCHAR(128)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT profile_name_unique UNIQUE (name_key),
    CONSTRAINT profile_owner_unique UNIQUE (owner_device_id)
);
CREATE INDEX profile_type_idx ON profile (profile_type);

CREATE TABLE profile_attribute (
    profile_id       BIGINT        NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    name             VARCHAR(255)  NOT NULL,
    attr_value       VARCHAR(4000) NOT NULL,
    position         INTEGER       NOT NULL,
    resource_file_id BIGINT,
    PRIMARY KEY (profile_id, name)
);

-- container_type: GLOBAL, SITE, MODEL, GROUP, DEVICE, USER_GROUP, USER; container_key: '' for GLOBAL,
-- the id of the site, group, device, user group or user, the model name for MODEL.
-- rank: the profile's priority inside its container, 1 first.
CREATE TABLE deployment (
    container_type VARCHAR(16)  NOT NULL,
    container_key  VARCHAR(128) NOT NULL,
    profile_id     BIGINT       NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    rank_no        INTEGER      NOT NULL,
    PRIMARY KEY (container_type, container_key, profile_id)
);
CREATE INDEX deployment_profile ON deployment (profile_id);

-- Guide: Add User Groups, Users, or Rooms; Set Priority for User Groups. No directory behind them yet.
CREATE TABLE user_group (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(128) NOT NULL,
    name_key    VARCHAR(128) NOT NULL,
    priority    INTEGER      NOT NULL,
    CONSTRAINT user_group_name_unique UNIQUE (name_key)
);

CREATE TABLE directory_user (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(128) NOT NULL,
    name_key    VARCHAR(128) NOT NULL,
    room        BOOLEAN      NOT NULL,
    CONSTRAINT directory_user_name_unique UNIQUE (name_key)
);

-- priority: the user group's rank for this user (F-DEPLOY-3), 1 first.
CREATE TABLE user_group_member (
    user_id  BIGINT  NOT NULL REFERENCES directory_user (id) ON DELETE CASCADE,
    group_id BIGINT  NOT NULL REFERENCES user_group (id) ON DELETE CASCADE,
    priority INTEGER NOT NULL,
    PRIMARY KEY (user_id, group_id)
);

CREATE TABLE user_device (
    user_id   BIGINT NOT NULL REFERENCES directory_user (id) ON DELETE CASCADE,
    device_id BIGINT NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, device_id)
);
CREATE INDEX user_device_device ON user_device (device_id);

-- What an admin chose to do with a change that affects devices: NOW, SCHEDULED (at) or NEXT_POLL.
CREATE TABLE apply_request (
    id           BIGINT        NOT NULL PRIMARY KEY,
    description  VARCHAR(1024) NOT NULL,
    device_count INTEGER       NOT NULL,
    apply_mode   VARCHAR(16)   NOT NULL,
    apply_at     TIMESTAMP,
    state        VARCHAR(16)   NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(128)  NOT NULL
);

-- One row per change of profiles or deployment, so every node drops exactly the cached effective
-- configurations it affects. scope: ALL, or a container type with its key.
CREATE TABLE config_change (
    id             BIGINT       NOT NULL PRIMARY KEY,
    container_type VARCHAR(16)  NOT NULL,
    container_key  VARCHAR(128) NOT NULL,
    changed_at     TIMESTAMP    NOT NULL
);

-- The csv profiles of devices imported before profiles existed. Every table draws ids from inventory_seq,
-- so a device's id is free as its csv profile's id.
INSERT INTO profile (id, name, name_key, description, profile_type, profile_mode, owner_device_id, modified_at, modified_by, version)
SELECT d.id, COALESCE(d.mac, d.serial_number) || '_csv_profile', LOWER(COALESCE(d.mac, d.serial_number) || '_csv_profile'),
       'Parameters imported from CSV for this device', 'USER_IMPORTED', 'PHONE_PROVISION', d.id, CURRENT_TIMESTAMP, 'csv import', 1
FROM device d WHERE EXISTS (SELECT 1 FROM device_attribute a WHERE a.device_id = d.id);
