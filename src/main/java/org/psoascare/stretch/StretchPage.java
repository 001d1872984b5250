package org.psoascare.stretch;

import java.util.List;

import org.psoascare.guide.GuideSummary;

/** Everything the page of one stretch shows. */
public record StretchPage(StretchCard card, String why, List<String> steps, int holdSeconds, int reps, Sides sides,
		String breathing, List<String> cautions, String easier, String harder, List<GuideSummary> guides,
		List<RoutineSummary> routines) {
}
