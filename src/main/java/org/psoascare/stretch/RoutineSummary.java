package org.psoascare.stretch;

import java.util.List;

/**
 * What a list shows of a routine; the total time (seconds) is computed from its steps.
 *
 * @param stretches the slugs of the stretches its steps use, each once, in step order
 */
public record RoutineSummary(String slug, String title, String summary, String forWhom, String howOften,
		int totalSeconds, List<String> stretches) {

	public RoutineSummary {
		stretches = List.copyOf(stretches);
	}

}
