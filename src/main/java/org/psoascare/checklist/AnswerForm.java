package org.psoascare.checklist;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.psoascare.web.EchoedText;

/**
 * Reads a submitted checklist leniently, so that nothing a person mistypes, and nothing a
 * broken or tampered form adds, can hide a red flag: every answer that can be read is
 * kept, and whatever cannot be read is named as a {@link Problem}, never thrown.
 * <ul>
 * <li>An age that is not a whole number from 0 to {@value #MAX_AGE} (years) is treated as
 * not given, and rules that depend on age then take the cautious side.</li>
 * <li>An unknown field, answer code or choice option is left out.</li>
 * <li>Two options of one choice are both kept (the cautious reading).</li>
 * <li>A repeated answer is read once.</li>
 * </ul>
 * Nothing read here is logged or kept beyond the request.
 *
 * @param answers the answers that could be read; no age when it was left out or
 * unreadable
 * @param ageText what was typed for age, to show again (shortened, escaped on output)
 * @param problems what could not be read; empty when everything could
 * @param firstPartOnly whether it was sent with the "Check these first" section's own
 * button, before the rest of the form was answered
 */
record AnswerForm(Answers answers, String ageText, Set<Problem> problems, boolean firstPartOnly) {

	static final String ANSWER = "answer";

	/**
	 * The field the "Check these first" button sends, with the value
	 * {@value #FIRST_PART}.
	 */
	static final String PART = "part";

	static final String FIRST_PART = "first";

	/** The oldest age (years) accepted as plausible. */
	static final int MAX_AGE = 120;

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}");

	private static final int AGE_TEXT_KEPT = 10;

	AnswerForm {
		problems = problems.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(problems));
	}

	/** What could not be read, each with its own message and stated assumption. */
	enum Problem {

		/**
		 * The age was not a whole number from 0 to 120, or two different ages were sent.
		 */
		AGE,

		/**
		 * A field, answer or option that is not on this checklist was sent, and left out.
		 */
		UNKNOWN_ANSWER,

		/** More than one option was sent for a one-choice question; all were kept. */
		CHOICE_REPEATED,

		/** The request body could not be fully read; what could be read was kept. */
		UNREADABLE_BODY;

		String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	static AnswerForm empty() {
		return new AnswerForm(new Answers(Set.of(), null), "", Set.of(), false);
	}

	public boolean ageInvalid() {
		return this.problems.contains(Problem.AGE);
	}

	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/**
	 * The fields a real form can send, worked out once per content load.
	 *
	 * @param checks the answer codes of the tick boxes (all sent as {@code answer})
	 * @param choices the choice questions by field name
	 */
	record Fields(Set<String> checks, Map<String, Question> choices) {

		static Fields of(List<QuestionGroup> groups) {
			Set<String> checks = new HashSet<>();
			Map<String, Question> choices = new HashMap<>();
			for (QuestionGroup group : groups) {
				for (Question question : group.questions()) {
					switch (question.type()) {
						case CHECK -> checks.add(question.code());
						case CHOICE -> choices.put(question.code(), question);
						case NUMBER -> {
						}
					}
				}
				if (group.gate() != null) {
					choices.put(group.gate().code(), group.gate().asChoice());
				}
			}
			return new Fields(Set.copyOf(checks), Map.copyOf(choices));
		}

	}

	/**
	 * @param parameters the request's parameters, as the servlet container parsed them
	 * @param fields the fields of the current checklist
	 * @param bodyUnreadable whether the container could not parse all of the body
	 */
	static AnswerForm read(Map<String, String[]> parameters, Fields fields, boolean bodyUnreadable) {
		Set<String> checks = fields.checks();
		Map<String, Question> choices = fields.choices();
		Set<String> codes = new HashSet<>();
		Set<Problem> problems = EnumSet.noneOf(Problem.class);
		if (bodyUnreadable) {
			problems.add(Problem.UNREADABLE_BODY);
		}
		Set<String> ages = new HashSet<>();
		boolean firstPart = false;
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			String[] values = parameter.getValue();
			if (ANSWER.equals(name)) {
				for (String value : values) {
					if (checks.contains(value)) {
						codes.add(value);
					}
					else {
						problems.add(Problem.UNKNOWN_ANSWER);
					}
				}
			}
			else if (choices.containsKey(name)) {
				Set<String> chosen = new HashSet<>();
				for (String value : values) {
					if (choices.get(name).options().stream().anyMatch((option) -> option.code().equals(value))) {
						chosen.add(value);
					}
					else {
						problems.add(Problem.UNKNOWN_ANSWER);
					}
				}
				if (chosen.size() > 1) {
					problems.add(Problem.CHOICE_REPEATED);
				}
				codes.addAll(chosen);
			}
			else if (PART.equals(name)) {
				firstPart = values.length == 1 && FIRST_PART.equals(values[0]);
			}
			else if (QuestionGroupContent.AGE.equals(name)) {
				for (String value : values) {
					ages.add(value.strip());
				}
			}
			else {
				problems.add(Problem.UNKNOWN_ANSWER);
			}
		}
		ages.remove("");
		if (ages.isEmpty()) {
			return new AnswerForm(new Answers(codes, null), "", problems, firstPart);
		}
		String ageText = ages.iterator().next();
		boolean valid = ages.size() == 1 && WHOLE_NUMBER.matcher(ageText).matches()
				&& Integer.parseInt(ageText) <= MAX_AGE;
		if (!valid) {
			problems.add(Problem.AGE);
		}
		// Shown again in the field: control characters (a NUL, a line break) are dropped,
		// as search drops them from the query it shows.
		String kept = (ages.size() > 1 || ageText.length() > AGE_TEXT_KEPT) ? "" : EchoedText.shown(ageText);
		return new AnswerForm(new Answers(codes, valid ? Integer.valueOf(ageText) : null), kept, problems, firstPart);
	}

}
