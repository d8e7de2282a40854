-- The apply choices recorded before scheduled tasks existed were never executed: each becomes a done Apply Device
-- Provisioning Changes task with no devices, which says what it was for.
INSERT INTO task (id, name, task_type, state, run_at, created_at, created_by, finished_at, version)
SELECT id, CONCAT('Recorded-', CAST(id AS VARCHAR(20))), 'APPLY_CHANGES', 'DONE', COALESCE(apply_at, created_at), created_at, created_by,
       created_at, 0
FROM apply_request;
INSERT INTO task_argument (task_id, name, arg_value)
SELECT id, 'change', CONCAT(description, ' (recorded before tasks existed; not executed)') FROM apply_request;
DROP TABLE apply_request;
