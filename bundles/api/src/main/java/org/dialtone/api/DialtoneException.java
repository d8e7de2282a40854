package org.dialtone.api;

/** A failure an admin or integrator can act on; the message says what to do next. */
public abstract class DialtoneException extends RuntimeException {
    protected DialtoneException(String message) {
        super(message);
    }
}
