package org.psoascare.checklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every piece a checklist result page can hold, for one snapshot of the checklist,
 * rendered by {@link ResultPages} from the fragments of
 * {@code templates/checklist/result.html}. A result page is these pieces joined in the
 * order below; joining is all a request does. No piece holds anything a person answered.
 *
 * @param snapshot the checklist the pieces were rendered for
 * @param levels what differs by care level: the page, the result block, the cards, the
 * safety net
 * @param cards what goes inside the cards: what to do, the words for staff, why
 * @param reading what the answers lacked or what could not be read
 * @param advice self-care patterns, what may help, what to leave out
 * @param given the answers shown back
 */
record ResultPieces(Checklist.Snapshot snapshot, Map<CareLevel, Level> levels, Cards cards, Reading reading,
		Advice advice, Given given) {

	/**
	 * The whole result page for these answers: the highest level's card first, its
	 * heading the page's main heading; then what could not be read, the safety net, and
	 * any self-care advice; then the answers given.
	 */
	String page(TriageResult result, AnswerForm form, Optional<String> planPath) {
		Level level = this.levels.get(result.disposition());
		StringBuilder html = new StringBuilder(16 * 1024);
		html.append(level.page().before()).append(level.result().before());
		this.cards.append(html, result, this.levels, planPath);
		html.append(level.result().after());
		// On paper the answers (what to tell the GP) come straight after the action.
		this.given.append(html, form.answers(), this.given.onPaper());
		this.reading.append(html, result, form);
		html.append(level.safetyNet());
		this.advice.append(html, result);
		this.given.append(html, form.answers(), this.given.around());
		html.append(level.page().after());
		return html.toString();
	}

	/** What a piece holds before and after its slot (the {@code <!--slot-->} comment). */
	record Slot(String before, String after) {
	}

	/**
	 * A piece with a slot, and the pieces that may fill it by key.
	 *
	 * @param <K> the key: a rule's slug, an answer code, a problem
	 */
	record Section<K>(Slot around, Map<K, String> items) {

		/** Appends the piece with the items of these keys in its slot, in order. */
		void append(StringBuilder html, Collection<K> keys) {
			html.append(this.around.before());
			keys.forEach((key) -> html.append(this.items.get(key)));
			html.append(this.around.after());
		}

		/** Appends the piece with the item of each of these, by its key. */
		<T> void append(StringBuilder html, Collection<T> values, Function<T, K> key) {
			html.append(this.around.before());
			values.forEach((value) -> html.append(this.items.get(key.apply(value))));
			html.append(this.around.after());
		}

	}

	/**
	 * What differs by care level.
	 *
	 * @param page the page around everything, its title naming this level, for a result
	 * whose highest level it is
	 * @param result the result block, marked with this level as the disposition
	 * @param primaryCard this level's card first on the page, its heading the action
	 * @param card this level's card below a higher one: its signs to mention
	 * @param safetyNet when to get help straight away, for a result whose highest level
	 * this is; empty for an emergency, whose card already says it
	 */
	record Level(Slot page, Slot result, Slot primaryCard, Slot card, String safetyNet) {
	}

	/**
	 * What goes inside the care cards.
	 *
	 * @param whatToDo the first card's "What to do", each rule's action by rule slug
	 * @param emergencyWhatToDo the same for an emergency card: the call first
	 * @param tellStaff the words for emergency staff, around the sentence
	 * @param staffWords each emergency rule's sign and worry in words, escaped, by its
	 * text
	 * @param why each card's reasons, by rule slug
	 * @param today what to do today, for a soon or self-care result, with the first
	 * routine recommended, by routine slug, and the plan offered, by its address
	 */
	record Cards(Section<String> whatToDo, Section<String> emergencyWhatToDo, Slot tellStaff,
			Map<String, String> staffWords, Section<String> why, Section<String> today) {

		void append(StringBuilder html, TriageResult result, Map<CareLevel, Level> levels, Optional<String> planPath) {
			boolean primary = true;
			for (TriageResult.CareCard card : result.cards()) {
				Level level = levels.get(card.level());
				Slot around = primary ? level.primaryCard() : level.card();
				html.append(around.before());
				// At soon and self-care, what to do today comes first: keep active, and
				// the one routine that fits.
				if (primary && card.level().compareTo(CareLevel.SOON) >= 0) {
					List<String> today = new ArrayList<>(result.recommends().routines().stream().limit(1).toList());
					planPath.ifPresent(today::add);
					this.today.append(html, today);
				}
				// Only the first card says what to do; a lower one lists its signs to
				// mention.
				if (primary && !card.rules().isEmpty()) {
					Set<String> actions = new LinkedHashSet<>();
					List<TriageRule> first = card.rules()
						.stream()
						.filter((rule) -> actions.add(rule.action()))
						.toList();
					Section<String> whatToDo = (card.level() == CareLevel.EMERGENCY) ? this.emergencyWhatToDo
							: this.whatToDo;
					whatToDo.append(html, first, TriageRule::slug);
				}
				primary = false;
				if (card.level() == CareLevel.EMERGENCY) {
					html.append(this.tellStaff.before())
						.append(staffSentence(result.tellStaff()))
						.append(this.tellStaff.after());
				}
				if (!card.rules().isEmpty()) {
					this.why.append(html, card.rules(), TriageRule::slug);
				}
				html.append(around.after());
			}
		}

		/**
		 * The sentence for staff, of words escaped in the template: the words joining
		 * them are plain text with nothing to escape.
		 */
		private String staffSentence(TriageResult.TellStaff tellStaff) {
			return new TriageResult.TellStaff(escaped(tellStaff.signs()), escaped(tellStaff.worries())).sentence();
		}

		private List<String> escaped(List<String> words) {
			return words.stream().map(this.staffWords::get).toList();
		}

	}

	/**
	 * What the answers lacked or what could not be read.
	 *
	 * @param nothingGiven the notice for a form sent with nothing ticked
	 * @param readCarefully for each gated group, the line saying its gate was answered
	 * "yes" or "not sure" with nothing ticked, so its most serious sign was taken, by
	 * group slug
	 * @param problems what could not be read, each problem's line by problem
	 * @param ageFix the form to add an unreadable age, each answer again as a hidden
	 * field by answer code
	 */
	record Reading(String nothingGiven, Section<String> readCarefully, Section<AnswerForm.Problem> problems,
			Section<String> ageFix) {

		void append(StringBuilder html, TriageResult result, AnswerForm form) {
			if (result.nothingGiven()) {
				html.append(this.nothingGiven);
			}
			if (!result.readCarefully().isEmpty()) {
				this.readCarefully.append(html, result.readCarefully(), QuestionGroup::slug);
			}
			if (form.hasProblems()) {
				this.problems.append(html, form.problems());
				if (form.ageInvalid()) {
					this.ageFix.append(html, form.answers().codes().stream().sorted().toList());
				}
			}
		}

	}

	/**
	 * Self-care advice, shown below the cards when the result allows it.
	 *
	 * @param patterns the patterns the answers fit, by rule slug
	 * @param recommends "What may help", around the three lists below
	 * @param routines routine cards, by slug
	 * @param stretches stretch cards, by slug
	 * @param guides links to read more, by guide slug
	 * @param avoid stretches to leave out for now, by slug
	 */
	record Advice(Section<String> patterns, Slot recommends, Section<String> routines, Section<String> stretches,
			Section<String> guides, Section<String> avoid) {

		void append(StringBuilder html, TriageResult result) {
			if (!result.patterns().isEmpty()) {
				this.patterns.append(html, result.patterns(), TriageRule::slug);
			}
			TriageRule.Links recommends = result.recommends();
			if (!recommends.isEmpty()) {
				html.append(this.recommends.before());
				appendIfAny(html, this.routines, recommends.routines());
				appendIfAny(html, this.stretches, recommends.stretches());
				appendIfAny(html, this.guides, recommends.guides());
				html.append(this.recommends.after());
			}
			if (!result.avoidStretches().isEmpty()) {
				this.avoid.append(html, result.avoidStretches());
			}
		}

		private static void appendIfAny(StringBuilder html, Section<String> section, List<String> slugs) {
			if (!slugs.isEmpty()) {
				section.append(html, slugs);
			}
		}

	}

	/**
	 * The answers shown back, group by group in form order.
	 *
	 * @param around "Your answers", on screen
	 * @param onPaper "Your answers", shown only in print, right after the action
	 * @param ages the line for each plausible age
	 * @param groups each question group's heading and list, with its answer codes
	 * @param lines each answer's words, by answer code
	 * @param none the line for no answers at all
	 */
	record Given(Slot around, Slot onPaper, Map<Integer, String> ages, List<Group> groups, Map<String, String> lines,
			String none) {

		/**
		 * Appends the answers inside {@code around}: {@link #around()} on screen, at the
		 * end, or {@link #onPaper()}, printed only, after the action.
		 */
		void append(StringBuilder html, Answers answers, Slot around) {
			html.append(around.before());
			if (answers.age() != null) {
				html.append(this.ages.get(answers.age()));
			}
			boolean anyGiven = false;
			for (Group group : this.groups) {
				boolean opened = false;
				for (String code : group.codes()) {
					if (answers.codes().contains(code)) {
						if (!opened) {
							html.append(group.around().before());
							opened = true;
						}
						html.append(this.lines.get(code));
					}
				}
				if (opened) {
					html.append(group.around().after());
					anyGiven = true;
				}
			}
			if (!anyGiven && answers.age() == null) {
				html.append(this.none);
			}
			html.append(around.after());
		}

		/** A question group's heading and list, and its answer codes in form order. */
		record Group(Slot around, List<String> codes) {
		}

	}

}
