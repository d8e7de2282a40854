package org.dialtone.api.profiles;

import java.time.Instant;

/**
 * What to do with a change that affects devices (the guide's "Schedule a task to apply the changes"):
 * tell them now, at {@code at}, or let them pick it up at their next poll.
 */
public record ApplyChoice(Mode mode, Instant at) {
    public enum Mode { NOW, SCHEDULED, NEXT_POLL }

    public static final ApplyChoice NEXT_POLL = new ApplyChoice(Mode.NEXT_POLL, null);

    public ApplyChoice {
        if (mode == null) {
            throw new org.dialtone.api.InvalidInputException("apply", "must be now, scheduled (with a time) or next-poll");
        }
        if (mode == Mode.SCHEDULED && at == null) {
            throw new org.dialtone.api.InvalidInputException("applyAt", "is required when apply is scheduled: an ISO-8601 time such as 2026-12-01T03:00:00Z");
        }
    }

    /** The admin's choice, or the next poll when they made none. */
    public static ApplyChoice orNextPoll(ApplyChoice choice) {
        return choice == null ? NEXT_POLL : choice;
    }
}
