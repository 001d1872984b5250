package org.psoascare.stretch;

import java.util.List;

import org.psoascare.guide.GuideSummary;

/**
 * Everything the page of one stretch shows.
 *
 * @param holdSeconds seconds of one hold, or of one slow rep when the move is not held
 * @param holds whether the move is held; false for a glide, which moves in and out
 */
public record StretchPage(StretchCard card, String why, List<String> steps, int holdSeconds, boolean holds, int reps,
		Sides sides, String breathing, List<String> cautions, String easier, String harder, List<GuideSummary> guides,
		List<RoutineSummary> routines) {

	/** Time spent holding the stretch once through (seconds): hold × reps, per side. */
	public int activeSeconds() {
		return this.sides.activeSeconds(this.holdSeconds, this.reps);
	}

}
