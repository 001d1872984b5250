package org.psoascare.stretch;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineStepViewTests {

	@Test
	void aStepDoneOnEachSideTakesTwiceTheHolds() {
		RoutineStepView each = new RoutineStepView(1, "low-lunge", "Low lunge", "alt", 30, true, 2, Sides.EACH,
				Position.KNEELING, 0, 0, 0, 10, "cue", List.of(), List.of());
		RoutineStepView both = new RoutineStepView(2, "dead-bug", "Dead bug", "alt", 5, true, 10, Sides.BOTH,
				Position.LYING_ON_BACK, 0, 0, 0, 0, "cue", List.of(), List.of());

		assertThat(each.activeSeconds()).isEqualTo(120);
		assertThat(each.totalSeconds()).isEqualTo(130);
		assertThat(both.totalSeconds()).isEqualTo(50);
	}

	@Test
	void theTotalCountsTheLeadInTheChangeOfSidesAndThePausesBetweenHolds() {
		// 20 s to get into position; right: 30 + 3 + 30; 8 s to change sides; left: 30 +
		// 3 + 30; then 10 s rest.
		RoutineStepView step = new RoutineStepView(1, "low-lunge", "Low lunge", "alt", 30, true, 2, Sides.EACH,
				Position.KNEELING, 20, 8, 3, 10, "cue", List.of(), List.of());

		assertThat(step.pauseSeconds()).isEqualTo(8 + 2 * 3);
		assertThat(step.totalSeconds()).isEqualTo(20 + 120 + 14 + 10);
	}

}
