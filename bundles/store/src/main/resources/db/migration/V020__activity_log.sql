-- The activity log (F-MON-4): every admin write with who, when, what, the target and a before/after summary. face:
-- REST, CONSOLE or SHELL. Kept some weeks (etc/org.dialtone.monitoring.cfg activityWeeks), removed by a sweep.
CREATE TABLE activity (
    id          BIGINT         NOT NULL PRIMARY KEY,
    at          TIMESTAMP      NOT NULL,
    actor       VARCHAR(128)   NOT NULL,
    face        VARCHAR(16)    NOT NULL,
    action      VARCHAR(256)   NOT NULL,
    target      VARCHAR(512)   NOT NULL,
    status      INTEGER        NOT NULL,
    before_text VARCHAR(4000),
    after_text  VARCHAR(4000)
);
CREATE INDEX activity_at ON activity (at);
CREATE INDEX activity_actor ON activity (actor, at);
