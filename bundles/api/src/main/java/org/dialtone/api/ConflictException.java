package org.dialtone.api;

/** The request clashes with the current state, e.g. it was based on an outdated version. */
public class ConflictException extends DialtoneException {
    public ConflictException(String message) {
        super(message);
    }
}
