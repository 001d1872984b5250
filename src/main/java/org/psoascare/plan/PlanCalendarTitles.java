package org.psoascare.plan;

import java.util.Optional;

import org.psoascare.progress.PlanReminders;

import org.springframework.stereotype.Component;

/**
 * Names a plan's week in a calendar file ({@code /calendar.ics?...&plan=<slug>&week=N}):
 * the plan's title when the plan exists and has that week, read from the
 * {@link PlanCatalog} so a plan an author adds is named too.
 */
@Component
class PlanCalendarTitles implements PlanReminders {

	private final PlanCatalog catalog;

	PlanCalendarTitles(PlanCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The plan's title; empty for an unknown slug or a week outside 1 to the plan's
	 * number of weeks.
	 */
	@Override
	public Optional<String> title(String planSlug, int week) {
		return this.catalog.summary(planSlug)
			.filter((plan) -> week >= 1 && week <= plan.weeks())
			.map(PlanViews.PlanSummary::title);
	}

}
