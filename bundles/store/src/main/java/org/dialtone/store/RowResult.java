package org.dialtone.store;

/** What an import did with one CSV row; {@code warning} marks a row applied with a remark in the message. */
public record RowResult(int line, Outcome outcome, String message, boolean warning) {
    public enum Outcome { CREATED, UPDATED, SKIPPED, FAILED }

    public RowResult(int line, Outcome outcome, String message) {
        this(line, outcome, message, false);
    }
}
