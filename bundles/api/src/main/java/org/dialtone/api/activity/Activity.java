package org.dialtone.api.activity;

import java.time.Instant;

/**
 * One admin write. {@code face}: REST, CONSOLE or SHELL; {@code action} what was asked ({@code PUT /devices/{id}},
 * {@code task-create}); {@code target} what it acted on ({@code /devices/12}); {@code status} the HTTP status it was
 * answered with (0 from the shell: done); {@code before} and {@code after} the target as it was read just before and as
 * the write answered it (JSON, secrets hidden, shortened), null when there is none.
 */
public record Activity(long id, Instant at, String actor, String face, String action, String target, int status, String before,
                       String after) {
}
