package org.psoascare.stretch;

import java.util.List;

import org.psoascare.guide.GuideSummary;

/** Everything the page of one routine shows, and what its player follows. */
public record RoutinePage(RoutineSummary summary, String introduction, List<RoutineStepView> steps,
		List<GuideSummary> guides) {
}
