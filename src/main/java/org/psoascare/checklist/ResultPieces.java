package org.psoascare.checklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.psoascare.web.FragmentRenderer.Composer;

/**
 * A checklist result page for one snapshot of the checklist: the page rendered once per
 * care level from {@code templates/checklist/result.html} (which holds the page's order
 * and conditions), and every piece it can insert, rendered once from the same template's
 * fragments, by key. Answering the checklist fills the page with the pieces this result
 * needs ({@link #page}); no piece holds anything a person answered.
 *
 * @param snapshot the checklist the pieces were rendered for
 * @param pages the page for each care level as the highest (its title names it)
 * @param actions each rule's action ("What to do"), by rule slug
 * @param reasons each rule's reason ("Why"), by rule slug
 * @param staffWords each emergency rule's sign and worry in words, escaped, by its text
 * @param today what to do today: each routine a rule recommends, by slug, and each plan a
 * result may offer, by its address
 * @param readCarefully for each gated group, the line saying its gate was answered "yes"
 * or "not sure" with nothing ticked, so its most serious sign was taken, by group slug
 * @param problems each problem's line
 * @param hiddenAnswers each answer again as a hidden field of the form to add an age, by
 * answer code
 * @param patterns the patterns the answers fit, by rule slug
 * @param routines routine cards, by slug
 * @param stretches stretch cards, by slug
 * @param guides links to read more, by guide slug
 * @param avoid stretches to leave out for now, by slug
 * @param ages the line for each plausible age
 * @param groups each question group's legend and answer codes, in form order
 * @param lines each answer's words, by answer code
 */
record ResultPieces(Checklist.Snapshot snapshot, Map<CareLevel, Composer> pages, Map<String, String> actions,
		Map<String, String> reasons, Map<String, String> staffWords, Map<String, String> today,
		Map<String, String> readCarefully, Map<AnswerForm.Problem, String> problems, Map<String, String> hiddenAnswers,
		Map<String, String> patterns, Map<String, String> routines, Map<String, String> stretches,
		Map<String, String> guides, Map<String, String> avoid, Map<Integer, String> ages, List<Group> groups,
		Map<String, String> lines) {

	/**
	 * The whole result page for these answers: the page of the highest level, filled with
	 * what this result shows (what shows where, and when, is in the template).
	 */
	String page(TriageResult result, AnswerForm form, Optional<String> planPath) {
		Map<String, Object> values = new HashMap<>();
		values.put("cards", cards(result, planPath));
		values.put("tellStaff", staffSentence(result.tellStaff()));
		values.put("nothingGiven", result.nothingGiven());
		values.put("readCarefully", section(pieces(this.readCarefully, result.readCarefully(), QuestionGroup::slug)));
		values.put("problems",
				form.hasProblems() ? once(pieces(this.problems, form.problems(), (problem) -> problem)) : List.of());
		values.put("ageFix",
				(form.hasProblems() && form.ageInvalid()) ? once(
						pieces(this.hiddenAnswers, form.answers().codes().stream().sorted().toList(), (code) -> code))
						: List.of());
		values.put("patterns", section(pieces(this.patterns, result.patterns(), TriageRule::slug)));
		TriageRule.Links recommends = result.recommends();
		values.put("recommends",
				recommends.isEmpty() ? List.of()
						: List.of(Map.of("routines", section(bySlug(this.routines, recommends.routines())), "stretches",
								section(bySlug(this.stretches, recommends.stretches())), "guides",
								section(bySlug(this.guides, recommends.guides())))));
		values.put("avoid", section(bySlug(this.avoid, result.avoidStretches())));
		answers(values, form.answers());
		return this.pages.get(result.disposition()).fill(values);
	}

	/**
	 * Each card's values: whether it is the first (which says what to do), its level,
	 * what to do today (the first routine recommended and the plan offered), each rule's
	 * action once, and its reasons.
	 */
	private List<Map<String, Object>> cards(TriageResult result, Optional<String> planPath) {
		List<Map<String, Object>> cards = new ArrayList<>(result.cards().size());
		boolean primary = true;
		for (TriageResult.CareCard card : result.cards()) {
			Map<String, Object> values = new HashMap<>();
			for (CareLevel level : CareLevel.values()) {
				values.put(level.code(), level == card.level());
			}
			values.put("primary", primary);
			List<String> today = new ArrayList<>(
					bySlug(this.today, result.recommends().routines().stream().limit(1).toList()));
			planPath.map(this.today::get).ifPresent(today::add);
			values.put("today", today);
			Set<String> actions = new LinkedHashSet<>();
			values.put("whatToDo", section(pieces(this.actions,
					card.rules().stream().filter((rule) -> actions.add(rule.action())).toList(), TriageRule::slug)));
			values.put("why", section(pieces(this.reasons, card.rules(), TriageRule::slug)));
			cards.add(values);
			primary = false;
		}
		return cards;
	}

	/**
	 * The answers shown back: the age, then group by group in form order the answers
	 * given, or that there were none.
	 */
	private void answers(Map<String, Object> values, Answers answers) {
		values.put("age", (answers.age() != null) ? this.ages.get(answers.age()) : "");
		List<Map<String, Object>> given = new ArrayList<>();
		for (Group group : this.groups) {
			List<String> lines = group.codes().stream().filter(answers.codes()::contains).map(this.lines::get).toList();
			if (!lines.isEmpty()) {
				given.add(Map.of("legend", group.legend(), "lines", lines));
			}
		}
		values.put("answerGroups", given);
		values.put("noAnswers", given.isEmpty() && answers.age() == null);
	}

	/**
	 * The sentence for staff, of words escaped in the template: the words joining them
	 * are plain text with nothing to escape. Empty when nothing is an emergency.
	 */
	private String staffSentence(TriageResult.TellStaff tellStaff) {
		if (tellStaff.signs().isEmpty() && tellStaff.worries().isEmpty()) {
			return "";
		}
		return new TriageResult.TellStaff(escaped(tellStaff.signs()), escaped(tellStaff.worries())).sentence();
	}

	private List<String> escaped(List<String> words) {
		return words.stream().map(this.staffWords::get).toList();
	}

	private static <T, K> List<String> pieces(Map<K, String> pieces, Collection<T> values, Function<T, K> key) {
		return values.stream().map((value) -> pieces.get(key.apply(value))).toList();
	}

	private static List<String> bySlug(Map<String, String> pieces, Collection<String> slugs) {
		return pieces(pieces, slugs, (slug) -> slug);
	}

	/**
	 * A list shown inside one wrapper, as the template's sections take it: one item
	 * holding the pieces as {@code items}, or nothing when there are none.
	 */
	private static List<Map<String, Object>> section(List<String> items) {
		return items.isEmpty() ? List.of() : once(items);
	}

	/** The wrapper shown once, with these pieces (perhaps none) as {@code items}. */
	private static List<Map<String, Object>> once(List<String> items) {
		return List.of(Map.of("items", items));
	}

	/** A question group's legend, and its answer codes in form order. */
	record Group(String legend, List<String> codes) {
	}

}
