package org.psoascare.stretch;

import java.util.List;

/**
 * How often a routine asks a person to change position (standing, kneeling, lying...).
 */
final class Positions {

	private Positions() {
	}

	/**
	 * The number of changes of position in a sequence of steps.
	 * @param positions each step's starting position, in step order
	 * @return how many steps start in another position than the step before; 0 for an
	 * empty or one-position routine
	 */
	static int changes(List<Position> positions) {
		int changes = 0;
		for (int i = 1; i < positions.size(); i++) {
			if (positions.get(i) != positions.get(i - 1)) {
				changes++;
			}
		}
		return changes;
	}

}
