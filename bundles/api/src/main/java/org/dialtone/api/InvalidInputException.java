package org.dialtone.api;

/** Input that breaks a rule; names the field and the rule. Nothing was changed. */
public class InvalidInputException extends DialtoneException {
    private final String field;
    private final String rule;

    public InvalidInputException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
