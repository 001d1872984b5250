package org.psoascare.checklist;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One rule of the checklist: when its conditions hold it raises a care level, says why
 * and what to do, and may recommend or rule out guides, routines and stretches.
 *
 * @param tellStaff for an emergency rule, the sign in words a person can say to staff
 * ("numbness around my genitals or bottom"); empty for other levels
 * @param worry for an emergency rule, what the sign may point to ("cauda equina
 * syndrome"), said to staff; may be empty
 */
public record TriageRule(String slug, CareLevel level, Conditions when, String reason, String action,
		String explanation, String pattern, String tellStaff, String worry, Source source, Links recommends,
		List<String> avoidStretches, boolean noRoutines) {

	boolean appliesTo(Answers answers) {
		return this.when.holdFor(answers);
	}

	/**
	 * All of {@code all}, at least one of {@code any} (when given), none of {@code none},
	 * and the age (years) within bounds. A rule with an age bound never fires when no age
	 * was given; a rule with {@code ageUnknown} fires only then, so that an unknown age
	 * can take the cautious side with its own honest reason.
	 */
	public record Conditions(List<String> all, List<String> any, List<String> none, Integer minAge, Integer maxAge,
			boolean ageUnknown) {

		boolean holdFor(Answers answers) {
			Set<String> given = answers.codes();
			return given.containsAll(this.all) && (this.any.isEmpty() || this.any.stream().anyMatch(given::contains))
					&& this.none.stream().noneMatch(given::contains) && ageHolds(answers.age());
		}

		private boolean ageHolds(Integer age) {
			if (this.ageUnknown) {
				return age == null;
			}
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
