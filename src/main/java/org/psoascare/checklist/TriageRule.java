package org.psoascare.checklist;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One rule of the checklist: when its conditions hold it raises a care level, says why
 * and what to do, and may recommend or rule out guides, routines and stretches.
 */
public record TriageRule(String slug, CareLevel level, Conditions when, String reason, String action,
		String explanation, String pattern, Source source, Links recommends, List<String> avoidStretches,
		boolean noRoutines) {

	boolean appliesTo(Answers answers) {
		return this.when.holdFor(answers);
	}

	/**
	 * All of {@code all}, at least one of {@code any} (when given), none of {@code none},
	 * and the age within bounds. A rule with an age bound never fires when no age was
	 * given.
	 */
	public record Conditions(List<String> all, List<String> any, List<String> none, Integer minAge,
			Integer maxAge) {

		boolean holdFor(Answers answers) {
			Set<String> given = answers.codes();
			return given.containsAll(this.all) && (this.any.isEmpty() || this.any.stream().anyMatch(given::contains))
					&& this.none.stream().noneMatch(given::contains) && ageHolds(answers.age());
		}

		private boolean ageHolds(Integer age) {
			if (this.minAge == null && this.maxAge == null) {
				return true;
			}
			return age != null && (this.minAge == null || age >= this.minAge)
					&& (this.maxAge == null || age <= this.maxAge);
		}

		List<String> codes() {
			return Stream.of(this.all, this.any, this.none).flatMap(List::stream).toList();
		}

	}

	/** Where a rule comes from. */
	public record Source(String title, String publisher, String url) {
	}

	/** Guides, routines and stretches named by slug. */
	public record Links(List<String> guides, List<String> routines, List<String> stretches) {

		static final Links NONE = new Links(List.of(), List.of(), List.of());

		boolean isEmpty() {
			return this.guides.isEmpty() && this.routines.isEmpty() && this.stretches.isEmpty();
		}

	}

}
