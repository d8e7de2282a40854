package org.dialtone.api.activity;

import java.time.LocalDate;

/** A week of the activity log (Monday to Sunday, UTC) and how many writes it holds. */
public record ActivityWeek(LocalDate start, long entries) {
}
