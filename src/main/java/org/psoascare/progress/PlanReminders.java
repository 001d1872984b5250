package org.psoascare.progress;

import java.util.Optional;

/**
 * The port through which a calendar file names a recovery plan's week. The feature that
 * serves plans ({@code /plans/{slug}}) implements it; until one does, a plan and week in
 * a calendar request are checked for shape only and the event says "week N of your plan".
 */
public interface PlanReminders {

	/**
	 * The plan's title, when a plan with this slug exists and has this week (counting
	 * from 1); empty otherwise, which the calendar form reports as a bad plan or week.
	 */
	Optional<String> title(String planSlug, int week);

}
