package org.psoascare.checklist;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.psoascare.web.BadRequestException;

/**
 * Reads a submitted checklist strictly. Anything a real form cannot send (an unknown
 * field or answer code, a repeated field or answer) is a bad request; an age that is
 * not a whole number from 0 to 120 is a mistake to show next to the field, with every
 * other answer kept.
 *
 * @param answers the answers, with no age when it was left out or is in error
 * @param ageText what was typed for age, to show again (shortened, escaped on output)
 * @param ageInvalid whether the age needs correcting
 */
record AnswerForm(Answers answers, String ageText, boolean ageInvalid) {

	static final String ANSWER = "answer";

	static final int MAX_AGE = 120;

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}");

	private static final int AGE_TEXT_KEPT = 10;

	static AnswerForm empty() {
		return new AnswerForm(new Answers(Set.of(), null), "", false);
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
			}
			return new Fields(Set.copyOf(checks), Map.copyOf(choices));
		}

	}

	static AnswerForm read(Map<String, String[]> parameters, Fields fields) {
		Set<String> checks = fields.checks();
		Map<String, Question> choices = fields.choices();
		Set<String> codes = new HashSet<>();
		String ageText = "";
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			String[] values = parameter.getValue();
			if (ANSWER.equals(name)) {
				for (String value : values) {
					if (!checks.contains(value) || !codes.add(value)) {
						throw new BadRequestException("answer");
					}
				}
			}
			else if (choices.containsKey(name)) {
				if (values.length != 1 || choices.get(name).options().stream().noneMatch((o) -> o.code().equals(values[0]))) {
					throw new BadRequestException("choice");
				}
				codes.add(values[0]);
			}
			else if (QuestionGroupContent.AGE.equals(name)) {
				if (values.length != 1) {
					throw new BadRequestException("age");
				}
				ageText = values[0].strip();
			}
			else {
				throw new BadRequestException("field");
			}
		}
		if (ageText.isEmpty()) {
			return new AnswerForm(new Answers(codes, null), "", false);
		}
		boolean valid = WHOLE_NUMBER.matcher(ageText).matches() && Integer.parseInt(ageText) <= MAX_AGE;
		String kept = (ageText.length() > AGE_TEXT_KEPT) ? "" : ageText;
		return new AnswerForm(new Answers(codes, valid ? Integer.valueOf(ageText) : null), kept, !valid);
	}

}
