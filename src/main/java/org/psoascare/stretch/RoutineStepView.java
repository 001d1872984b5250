package org.psoascare.stretch;

import java.util.List;

/**
 * One step of a routine with the stretch's own values filled in where the routine gives
 * none.
 *
 * @param holdSeconds seconds of one hold, or of one slow rep when the move is not held
 * @param holds whether the move is held; false for a glide, which moves in and out
 * @param reps holds per side
 * @param sides each (right, then left: {@link Sides#ORDER}) or both
 * @param restSeconds rest after the step; none after the last step, where the routine
 * ends
 * @param cue the stretch's key step in a few words, shown beside the timer
 * @param instructions the stretch's numbered steps, for the printed sheet
 * @param cautions the stretch's cautions, strongest first, for the printed sheet
 */
public record RoutineStepView(int number, String stretchSlug, String stretchName, String illustrationAlt,
		int holdSeconds, boolean holds, int reps, Sides sides, int restSeconds, String cue, List<String> instructions,
		List<String> cautions) {

	public RoutineStepView {
		instructions = List.copyOf(instructions);
		cautions = List.copyOf(cautions);
	}

	/** Time spent holding in this step: hold × reps, twice when done on each side. */
	public int activeSeconds() {
		return this.sides.activeSeconds(this.holdSeconds, this.reps);
	}

	public int totalSeconds() {
		return activeSeconds() + this.restSeconds;
	}

}
