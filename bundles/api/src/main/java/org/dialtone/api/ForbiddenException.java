package org.dialtone.api;

/** The caller may not do this, whatever it sends (its role or its sites do not allow it). */
public class ForbiddenException extends DialtoneException {
    public ForbiddenException(String message) {
        super(message);
    }
}
