package org.psoascare.stretch;

import java.util.List;

import org.psoascare.content.Coded;

/**
 * Whether a stretch is done on each side in turn or both at once. One side order holds
 * everywhere: pictures, steps, page text and the player all start with the right side.
 */
public enum Sides implements Coded {

	EACH, BOTH;

	/**
	 * The order in which a stretch done on {@link #EACH each} side is done: right, then
	 * left.
	 */
	public static final List<String> ORDER = List.of("right", "left");

	/**
	 * Time spent holding a stretch done this way: hold × reps, twice when done on each
	 * side.
	 * @param holdSeconds seconds of one hold (or of one slow rep)
	 * @param reps holds per side
	 * @return seconds
	 */
	public int activeSeconds(int holdSeconds, int reps) {
		return holdSeconds * reps * ((this == EACH) ? ORDER.size() : 1);
	}

}
