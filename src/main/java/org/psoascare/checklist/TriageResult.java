package org.psoascare.checklist;

import java.util.List;

/**
 * What the checklist tells someone.
 *
 * @param disposition the highest level that applies (self-care when nothing else does)
 * @param cards one card per level to act on, highest first
 * @param patterns the self-care patterns the answers fit; empty when the highest level is
 * emergency or urgent, or routines are ruled out (under 16)
 * @param recommends guides, routines and stretches to try; empty in the same cases
 * @param avoidStretches stretches to leave out for now; empty in the same cases
 * @param tellStaff what to say to staff; empty unless an emergency rule fired
 * @param nothingGiven whether no answer at all was given
 * @param readCarefully the groups whose gate was answered "yes" or "not sure" with
 * nothing ticked beneath it, each counted as its most serious sign; empty when there were
 * none
 */
public record TriageResult(CareLevel disposition, List<CareCard> cards, List<TriageRule> patterns,
		TriageRule.Links recommends, List<String> avoidStretches, TellStaff tellStaff, boolean nothingGiven,
		List<QuestionGroup> readCarefully) {

	/** A level to act on and the rules that raised it. */
	public record CareCard(CareLevel level, List<TriageRule> rules) {

		/** The rules' own actions, without repeats. */
		public List<String> actions() {
			return this.rules.stream()
				.map(TriageRule::action)
				.filter((action) -> !action.isBlank())
				.distinct()
				.toList();
		}

	}

	/**
	 * The words for emergency staff, from the emergency rules that fired.
	 *
	 * @param signs each sign in words, in rule order, without repeats
	 * @param worries what the signs may point to, without repeats
	 */
	public record TellStaff(List<String> signs, List<String> worries) {

		/**
		 * Plain sentences to say, e.g. "I have back pain and these signs: leaking pee and
		 * numbness in both legs. I am worried about cauda equina syndrome."; empty when
		 * there are no signs.
		 */
		public String sentence() {
			if (this.signs.isEmpty()) {
				return "";
			}
			String sentence = "I have back pain and " + ((this.signs.size() == 1) ? "this sign: " : "these signs: ")
					+ joined(this.signs) + ".";
			return this.worries.isEmpty() ? sentence : sentence + " I am worried about " + joined(this.worries) + ".";
		}

		private static String joined(List<String> parts) {
			if (parts.size() == 1) {
				return parts.get(0);
			}
			return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
		}

	}

}
