package org.psoascare.checklist;

import java.util.List;

/**
 * What the checklist tells someone.
 *
 * @param disposition the highest level that applies (self-care when nothing else does)
 * @param cards one card per level to act on, highest first
 * @param patterns the self-care patterns the answers fit; empty when an emergency
 * applies or routines are ruled out (under 16)
 * @param recommends guides, routines and stretches to try; empty in the same cases
 * @param avoidStretches stretches to leave out for now
 * @param nothingGiven whether no answer at all was given
 */
public record TriageResult(CareLevel disposition, List<CareCard> cards, List<TriageRule> patterns,
		TriageRule.Links recommends, List<String> avoidStretches, boolean nothingGiven) {

	/** A level to act on and the rules that raised it. */
	public record CareCard(CareLevel level, List<TriageRule> rules) {

		/** The rules' own actions, without repeats. */
		public List<String> actions() {
			return this.rules.stream().map(TriageRule::action).filter((action) -> !action.isBlank()).distinct().toList();
		}

	}

}
