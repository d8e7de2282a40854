package org.dialtone.api;

/** A part the request needs (database, driver) is not running; retrying later may succeed. */
public class UnavailableException extends DialtoneException {
    public UnavailableException(String message) {
        super(message);
    }
}
