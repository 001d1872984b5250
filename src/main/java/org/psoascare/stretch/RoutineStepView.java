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
 * @param position the position the stretch starts from
 * @param leadInSeconds seconds to get into position before the step's first hold: for the
 * first step, and for a step in another position than the step before; otherwise 0
 * @param changeSidesSeconds seconds between the right side and the left; 0 for a stretch
 * done on both sides at once
 * @param repPauseSeconds seconds between two holds of one side; 0 for a move that is not
 * held, whose reps flow into each other
 * @param restSeconds rest after the step in the same position; none after the last step,
 * where the routine ends, nor before a step in a new position, whose lead-in is the rest
 * @param cue the stretch's key step in a few words, shown beside the timer
 * @param instructions the stretch's numbered steps, for the printed sheet
 * @param cautions the stretch's cautions, strongest first, for the printed sheet
 */
public record RoutineStepView(int number, String stretchSlug, String stretchName, String illustrationAlt,
		int holdSeconds, boolean holds, int reps, Sides sides, Position position, int leadInSeconds,
		int changeSidesSeconds, int repPauseSeconds, int restSeconds, String cue, List<String> instructions,
		List<String> cautions) {

	public RoutineStepView {
		instructions = List.copyOf(instructions);
		cautions = List.copyOf(cautions);
	}

	/** Time spent holding in this step: hold × reps, twice when done on each side. */
	public int activeSeconds() {
		return this.sides.activeSeconds(this.holdSeconds, this.reps);
	}

	/**
	 * Time spent pausing inside this step: the change of sides and the pauses between
	 * reps of each side.
	 */
	public int pauseSeconds() {
		int sideCount = (this.sides == Sides.EACH) ? Sides.ORDER.size() : 1;
		return (sideCount - 1) * this.changeSidesSeconds + sideCount * (this.reps - 1) * this.repPauseSeconds;
	}

	/**
	 * The step's whole time in seconds: its lead-in, holds, pauses and the rest after it.
	 * A routine's total is the sum of its steps' totals, and nothing else.
	 */
	public int totalSeconds() {
		return this.leadInSeconds + activeSeconds() + pauseSeconds() + this.restSeconds;
	}

}
