package org.psoascare.plan;

import java.util.List;
import java.util.Set;

import org.psoascare.guide.GuideSource;
import org.psoascare.stretch.Sides;

/** The read-only records the plan pages, the API and other features get. */
public final class PlanViews {

	private PlanViews() {
	}

	/**
	 * What a list shows of a plan.
	 *
	 * @param pattern the checklist pattern rule it fits, or {@code null}
	 * @param weeks how many weeks it has
	 */
	public record PlanSummary(String slug, String title, String summary, PlanLevel level, String pattern,
			String forWhom, int weeks) {
	}

	/**
	 * One plan's page, shaped by the exclusions in its address, showing one week.
	 *
	 * @param exclusions what the address said to leave out, in their declared order
	 * @param weekTitles every week's title, week 1 first, for the week picker
	 * @param week the week shown
	 * @param leftOut every stretch the exclusions leave out of this plan, each once
	 */
	public record PlanPage(PlanSummary summary, String introduction, List<String> badDay, List<GuideSource> sources,
			List<Exclusion> exclusions, List<String> weekTitles, WeekView week, List<LeftOut> leftOut) {

		/** The address of this plan with the same exclusions, at another week. */
		public String weekPath(int number) {
			return PlanCatalog.path(this.summary.slug(), number, Set.copyOf(this.exclusions));
		}

	}

	/**
	 * One week as shown.
	 *
	 * @param watchFor a sign this week adds to the usual reasons to stop, or {@code null}
	 * @param easierBecause why a hold or rep count goes down this week, or {@code null}
	 */
	public record WeekView(int number, String title, List<PracticeView> practice, String activity, ReadingView read,
			String readyWhen, String watchFor, String easierBecause) {
	}

	/**
	 * A routine or a single stretch in a week, with this week's hold and reps filled in.
	 *
	 * @param routineSlug the routine, or {@code null} for a single stretch
	 * @param title the routine's title, or the stretch's name
	 * @param steps what to do, in order, without the stretches the exclusions rule out
	 * @param leftOut the stretches of the routine that the exclusions rule out
	 */
	public record PracticeView(String routineSlug, String title, String howOften, List<StepView> steps,
			List<LeftOut> leftOut) {

		public boolean isRoutine() {
			return this.routineSlug != null;
		}

		/** Whether the routine is shown as written, so its own page (and player) fits. */
		public boolean asWritten() {
			return this.leftOut.isEmpty() && this.steps.stream().noneMatch(StepView::changed);
		}

	}

	/**
	 * One stretch as done this week.
	 *
	 * @param holdSeconds seconds of one hold, or of one slow move when not held
	 * @param reps holds (or moves) per side
	 * @param changed whether the plan changes the routine's own hold or reps this week
	 */
	public record StepView(String stretchSlug, String stretchName, String illustrationAlt, int holdSeconds,
			boolean holds, int reps, Sides sides, boolean changed) {
	}

	/** A stretch left out, and the exclusion that rules it out. */
	public record LeftOut(String stretchSlug, String stretchName, Exclusion because) {
	}

	/**
	 * What to read in a week.
	 *
	 * @param section the heading's anchor, or {@code null} for the whole guide
	 * @param sectionTitle the heading, or {@code null}
	 */
	public record ReadingView(String guide, String guideTitle, String section, String sectionTitle) {
	}

	/**
	 * A plan offered to someone, shaped by their exclusions.
	 *
	 * @param path the plan's address with the exclusions as query parameters, e.g.
	 * {@code /plans/sciatica-plan?without=osteoporosis,pregnancy}
	 */
	public record PlanOffer(String slug, String title, String summary, Set<Exclusion> exclusions, String path) {
	}

}
