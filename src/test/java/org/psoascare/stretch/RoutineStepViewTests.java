package org.psoascare.stretch;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineStepViewTests {

	@Test
	void aStepDoneOnEachSideTakesTwiceTheHolds() {
		RoutineStepView each = new RoutineStepView(1, "low-lunge", "Low lunge", "alt", 30, true, 2, Sides.EACH, 10,
				"cue", List.of(), List.of());
		RoutineStepView both = new RoutineStepView(2, "dead-bug", "Dead bug", "alt", 5, true, 10, Sides.BOTH, 0, "cue",
				List.of(), List.of());

		assertThat(each.activeSeconds()).isEqualTo(120);
		assertThat(each.totalSeconds()).isEqualTo(130);
		assertThat(both.totalSeconds()).isEqualTo(50);
	}

}
