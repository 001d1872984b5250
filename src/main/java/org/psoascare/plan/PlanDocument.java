package org.psoascare.plan;

import java.util.List;

import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentFile;
import org.psoascare.guide.GuideSource;

/**
 * A plan file, read and checked.
 *
 * @param level the care level it is written for
 * @param pattern the slug of the checklist's self-care pattern rule it fits
 * ({@code pattern-sciatica-type-pain}), or {@code null} for a plan not tied to a pattern
 * (the "while you wait" plan at soon)
 * @param badDay what to do on a bad day, one paragraph each
 * @param weeks week 1 first, numbered from 1 with no gaps
 */
record PlanDocument(ContentFile source, String slug, String title, String summary, PlanLevel level, String pattern,
		String forWhom, String introduction, List<String> badDay, List<Week> weeks,
		List<GuideSource> sources) implements ContentDocument {

	public PlanDocument {
		badDay = List.copyOf(badDay);
		weeks = List.copyOf(weeks);
		sources = List.copyOf(sources);
	}

	/**
	 * One week of a plan.
	 *
	 * @param number the week's number, from 1
	 * @param practice the routines and stretches to do this week, each with how often
	 * @param activity the everyday-activity goal (walking, breaks from sitting, a normal
	 * activity)
	 * @param read the guide, or one section of it, to read this week
	 * @param readyWhen how to tell you are ready for the next week
	 * @param watchFor a sign to get checked for that this week adds to the plan's usual
	 * ones, or {@code null}
	 * @param easierBecause why a hold or rep count goes down this week, or {@code null}
	 * (without it, holds and reps may only stay or grow)
	 */
	public record Week(int number, String title, List<Practice> practice, String activity, Reading read,
			String readyWhen, String watchFor, String easierBecause) {

		public Week {
			practice = List.copyOf(practice);
		}

	}

	/**
	 * A routine, or a single stretch, to do in a week.
	 *
	 * @param routine the routine's slug, or {@code null} for a single stretch
	 * @param stretch the stretch's slug, or {@code null} for a routine
	 * @param howOften how often this week, in the plan's words
	 * @param holdSeconds for a single stretch: seconds of one hold (its own when
	 * {@code null})
	 * @param reps for a single stretch: holds or moves per side (its own when
	 * {@code null})
	 * @param changes for a routine: this week's hold or reps for some of its steps
	 */
	public record Practice(String routine, String stretch, String howOften, Integer holdSeconds, Integer reps,
			List<StepChange> changes) {

		public Practice {
			changes = List.copyOf(changes);
		}

		public boolean isRoutine() {
			return this.routine != null;
		}

	}

	/**
	 * This week's hold or reps for every step of a routine that uses the stretch.
	 *
	 * @param holdSeconds seconds of one hold, or {@code null} to keep the routine's
	 * @param reps holds per side, or {@code null} to keep the routine's
	 */
	public record StepChange(String stretch, Integer holdSeconds, Integer reps) {
	}

	/**
	 * What to read in a week.
	 *
	 * @param section the anchor of one of the guide's second-level headings, or
	 * {@code null} for the whole guide
	 */
	public record Reading(String guide, String section) {
	}

}
