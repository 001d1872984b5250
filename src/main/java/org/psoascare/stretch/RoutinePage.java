package org.psoascare.stretch;

import java.util.List;

import org.psoascare.guide.GuideSummary;

/**
 * Everything the page of one routine shows, and what its player follows.
 *
 * @param cautions when to stop or skip, strongest first
 */
public record RoutinePage(RoutineSummary summary, String introduction, List<String> cautions,
		List<RoutineStepView> steps, List<GuideSummary> guides) {
}
