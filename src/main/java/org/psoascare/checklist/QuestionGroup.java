package org.psoascare.checklist;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One fieldset of the checklist form.
 *
 * @param checkFirst whether it holds emergency signs, asked under "Check these first"
 * before every other group
 * @param gate the question asked before the group's boxes, or {@code null} when every box
 * is shown at once
 */
public record QuestionGroup(String slug, int order, boolean checkFirst, String legend, String hint,
		List<Question> questions, Gate gate) {

	/** The answer codes of the group's own questions (not its gate). */
	List<String> answerCodes() {
		return this.questions.stream().flatMap((question) -> question.answerCodes().stream()).toList();
	}

	/** The labels of the boxes its gate stands for, in form order. */
	public List<String> mostSeriousLabels() {
		return this.questions.stream()
			.filter((question) -> this.gate.mostSerious().contains(question.code()))
			.map(Question::label)
			.toList();
	}

	/** The gate's answer codes then the group's own, in form order. */
	List<String> givenCodes() {
		return (this.gate != null)
				? Stream.concat(this.gate.asChoice().answerCodes().stream(), answerCodes().stream()).toList()
				: answerCodes();
	}

	/** Every field name and answer code the group uses, its gate's included. */
	List<String> codes() {
		Stream<String> own = this.questions.stream().flatMap((question) -> question.codes().stream());
		return (this.gate != null) ? Stream.concat(this.gate.asChoice().codes().stream(), own).toList() : own.toList();
	}

	/**
	 * Whether the gate was answered "yes" or "not sure" and no box of the group was
	 * ticked: then the group's most serious sign is taken as given (clinical safety v3,
	 * "a shorter form must not lose a sign").
	 */
	boolean gateOpenWithNothingTicked(Set<String> given) {
		return this.gate != null && this.gate.opened(given) && answerCodes().stream().noneMatch(given::contains);
	}

	/**
	 * A question that reveals a group's boxes: "Has anything changed with peeing?". It is
	 * sent as a choice whose field name is {@code code} and whose answer codes are
	 * {@code code-yes}, {@code code-not-sure} and {@code code-no}. Without JavaScript the
	 * boxes are shown anyway; a gate left unanswered changes nothing.
	 *
	 * @param code the gate's field name
	 * @param label the question, in the reader's words
	 * @param mostSerious the answer codes of the group's most serious sign (one box, or
	 * the boxes that together make it, such as a fall with severe pain over the spine),
	 * taken as given when the gate is answered "yes" or "not sure" and nothing beneath it
	 * is ticked
	 */
	public record Gate(String code, String label, List<String> mostSerious) {

		/** The gate's answers, in the order shown. */
		public static final List<String> ANSWERS = List.of("yes", "not-sure", "no");

		/** The answer code of one of {@link #ANSWERS}. */
		public String answerCode(String answer) {
			return this.code + "-" + answer;
		}

		/** {@link #ANSWERS}, for templates. */
		public List<String> answers() {
			return ANSWERS;
		}

		boolean opened(Set<String> given) {
			return given.contains(answerCode("yes")) || given.contains(answerCode("not-sure"));
		}

		/**
		 * The gate as the choice question it is sent as; option labels are answer keys.
		 */
		Question asChoice() {
			return new Question(this.code, QuestionType.CHOICE, this.label,
					ANSWERS.stream().map((answer) -> new Question.Option(answerCode(answer), answer)).toList());
		}

	}

}
