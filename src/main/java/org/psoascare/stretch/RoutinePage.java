package org.psoascare.stretch;

import java.util.List;

import org.psoascare.guide.GuideSummary;

/**
 * Everything the page of one routine shows, and what its player follows.
 *
 * @param cautions when to stop or skip, strongest first
 * @param equipment what the routine needs besides the floor
 * @param positionChanges how many steps start in another position than the step before
 */
public record RoutinePage(RoutineSummary summary, String introduction, List<String> cautions,
		List<RoutineStepView> steps, List<GuideSummary> guides, List<Equipment> equipment, int positionChanges) {

	public RoutinePage {
		equipment = List.copyOf(equipment);
	}

	/**
	 * The number of the first step that uses a stretch: the printed sheet gives a
	 * stretch's instructions and cautions there, once.
	 * @param stretchSlug a stretch this routine uses
	 * @return 1 for the first step; 0 if no step uses the stretch
	 */
	public int firstStepOf(String stretchSlug) {
		return this.steps.stream()
			.filter((step) -> step.stretchSlug().equals(stretchSlug))
			.mapToInt(RoutineStepView::number)
			.findFirst()
			.orElse(0);
	}

}
