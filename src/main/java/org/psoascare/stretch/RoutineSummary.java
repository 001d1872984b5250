package org.psoascare.stretch;

/** What a list shows of a routine; the total time is computed from its steps. */
public record RoutineSummary(String slug, String title, String summary, String forWhom, String howOften,
		int totalSeconds) {
}
