package org.dialtone.api.profiles;

import java.time.Instant;

/**
 * What to do with a change that affects devices (the guide's "Schedule a task to apply the changes"):
 * tell them now, at {@code at}, or let them pick it up at their next poll.
 */
public record ApplyChoice(Mode mode, Instant at) {
    public enum Mode { NOW, SCHEDULED, NEXT_POLL }

    public static final ApplyChoice NEXT_POLL = new ApplyChoice(Mode.NEXT_POLL, null);
}
