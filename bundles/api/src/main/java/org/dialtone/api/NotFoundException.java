package org.dialtone.api;

public class NotFoundException extends DialtoneException {
    public NotFoundException(String message) {
        super(message);
    }
}
