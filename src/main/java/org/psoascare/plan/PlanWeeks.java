package org.psoascare.plan;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.psoascare.plan.PlanDocument.Practice;
import org.psoascare.plan.PlanDocument.StepChange;
import org.psoascare.plan.PlanDocument.Week;
import org.psoascare.stretch.Movement;

/**
 * The small rules shared by the loader's checks and the plan pages: which value of a hold
 * or rep count applies, and what is left of a week once exclusions rule out stretches.
 */
final class PlanWeeks {

	private PlanWeeks() {
	}

	/** The first value given: a week's, then a routine step's, then the stretch's own. */
	static int first(Integer week, Integer step, int own) {
		if (week != null) {
			return week;
		}
		return (step != null) ? step : own;
	}

	/** The week's change for a routine step using this stretch, or an empty change. */
	static StepChange change(Practice item, String stretchSlug) {
		return item.changes()
			.stream()
			.filter((change) -> change.stretch().equals(stretchSlug))
			.findFirst()
			.orElse(new StepChange(stretchSlug, null, null));
	}

	/**
	 * How many of the week's routines and stretches still have at least one stretch once
	 * those the exclusions rule out are left out.
	 * @param movements a stretch's movements, by slug
	 * @param routineStretches a routine's stretches in step order, by slug
	 */
	static int practiceLeft(Week week, Set<Exclusion> exclusions, Function<String, List<Movement>> movements,
			Function<String, List<String>> routineStretches) {
		int left = 0;
		for (Practice item : week.practice()) {
			List<String> stretches = item.isRoutine() ? routineStretches.apply(item.routine())
					: List.of(item.stretch());
			if (stretches.stream().anyMatch((slug) -> !Exclusion.rulesOut(exclusions, movements.apply(slug)))) {
				left++;
			}
		}
		return left;
	}

}
