-- What an account chose in the console (the Device Monitor's columns, ...), kept for it on every node and browser.
CREATE TABLE account_preference (
    account_id BIGINT         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    pref_key   VARCHAR(64)    NOT NULL,
    pref_value VARCHAR(4000)  NOT NULL,
    PRIMARY KEY (account_id, pref_key)
);
