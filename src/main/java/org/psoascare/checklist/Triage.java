package org.psoascare.checklist;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checklist's decision: a pure, deterministic function from answers to a result, in
 * memory, over rules loaded at start-up. The rules follow the project's clinical safety
 * notes (docs/clinical-safety-case.md lists every rule with its source).
 * <ul>
 * <li>Every rule whose conditions hold fires; the highest level wins and every level that
 * fired gets its own card, highest first.</li>
 * <li>No exercise advice above its level: patterns, recommendations and stretches to
 * avoid are given only when the highest level is "soon" or "self-care" and no rule rules
 * routines out (under 16). A self-care card appears only when nothing higher fired.</li>
 * <li>Stretches any fired rule says to avoid are taken out of the recommendations, and so
 * is every routine that uses one of them.</li>
 * <li>Emergency rules give the words to say to staff.</li>
 * </ul>
 */
final class Triage {

	private final List<TriageRule> rules;

	private final Map<String, List<String>> routineStretches;

	private final List<QuestionGroup> gatedGroups;

	/**
	 * @param rules the rules, in the order their reasons are shown
	 * @param routineStretches for each routine slug, the slugs of the stretches it uses
	 * @param groups the checklist's question groups; those with a gate are read as
	 * {@link QuestionGroup#gateOpenWithNothingTicked} says
	 */
	public Triage(List<TriageRule> rules, Map<String, List<String>> routineStretches, List<QuestionGroup> groups) {
		this.rules = List.copyOf(rules);
		this.routineStretches = Map.copyOf(routineStretches);
		this.gatedGroups = groups.stream().filter((group) -> group.gate() != null).toList();
	}

	public List<TriageRule> rules() {
		return this.rules;
	}

	/**
	 * @param given the answers as sent; a gate answered "yes" or "not sure" with nothing
	 * ticked beneath it counts as its group's most serious sign (the careful reading),
	 * and the result names that group
	 */
	public TriageResult evaluate(Answers given) {
		Set<String> codes = new LinkedHashSet<>(given.codes());
		List<QuestionGroup> readCarefully = this.gatedGroups.stream()
			.filter((group) -> group.gateOpenWithNothingTicked(given.codes()))
			.toList();
		readCarefully.forEach((group) -> codes.addAll(group.gate().mostSerious()));
		Answers answers = new Answers(codes, given.age());
		Map<CareLevel, List<TriageRule>> fired = new EnumMap<>(CareLevel.class);
		for (TriageRule rule : this.rules) {
			if (rule.appliesTo(answers)) {
				fired.computeIfAbsent(rule.level(), (level) -> new ArrayList<>()).add(rule);
			}
		}
		CareLevel disposition = fired.keySet().stream().findFirst().orElse(CareLevel.SELF_CARE);
		List<TriageResult.CareCard> cards = new ArrayList<>();
		fired.forEach((level, rules) -> {
			if (level != CareLevel.SELF_CARE || disposition == CareLevel.SELF_CARE) {
				cards.add(new TriageResult.CareCard(level, List.copyOf(rules)));
			}
		});
		if (cards.isEmpty()) {
			cards.add(new TriageResult.CareCard(CareLevel.SELF_CARE, List.of()));
		}
		List<TriageRule> all = fired.values().stream().flatMap(List::stream).toList();
		boolean noRoutines = all.stream().anyMatch(TriageRule::noRoutines);
		boolean offerSelfCare = disposition.compareTo(CareLevel.SOON) >= 0 && !noRoutines;
		List<TriageRule> patterns = !offerSelfCare ? List.of()
				: fired.getOrDefault(CareLevel.SELF_CARE, List.of())
					.stream()
					.filter((rule) -> !rule.pattern().isBlank())
					.toList();
		Set<String> avoid = new LinkedHashSet<>();
		all.forEach((rule) -> avoid.addAll(rule.avoidStretches()));
		TriageRule.Links recommends = offerSelfCare ? recommendations(all, avoid) : TriageRule.Links.NONE;
		List<TriageRule> emergency = fired.getOrDefault(CareLevel.EMERGENCY, List.of());
		TriageResult.TellStaff tellStaff = new TriageResult.TellStaff(
				emergency.stream().map(TriageRule::tellStaff).distinct().toList(),
				emergency.stream().map(TriageRule::worry).filter((worry) -> !worry.isBlank()).distinct().toList());
		return new TriageResult(disposition, List.copyOf(cards), patterns, recommends,
				offerSelfCare ? List.copyOf(avoid) : List.of(), tellStaff, given.isEmpty(), readCarefully);
	}

	private TriageRule.Links recommendations(List<TriageRule> fired, Set<String> avoid) {
		Set<String> guides = new LinkedHashSet<>();
		Set<String> routines = new LinkedHashSet<>();
		Set<String> stretches = new LinkedHashSet<>();
		for (TriageRule rule : fired) {
			guides.addAll(rule.recommends().guides());
			routines.addAll(rule.recommends().routines());
			stretches.addAll(rule.recommends().stretches());
		}
		stretches.removeAll(avoid);
		routines.removeIf(
				(routine) -> this.routineStretches.getOrDefault(routine, List.of()).stream().anyMatch(avoid::contains));
		return new TriageRule.Links(List.copyOf(guides), List.copyOf(routines), List.copyOf(stretches));
	}

}
