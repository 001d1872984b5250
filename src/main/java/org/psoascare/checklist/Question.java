package org.psoascare.checklist;

import java.util.List;
import java.util.stream.Stream;

/**
 * One question of the checklist.
 *
 * @param code the answer code of a tick box, the field name of a choice or number
 * @param options the choices of a {@link QuestionType#CHOICE}; empty otherwise
 */
public record Question(String code, QuestionType type, String label, List<Option> options) {

	/** One choice of a choice question; its code is the answer given. */
	public record Option(String code, String label) {
	}

	/** Its field name and answer codes: each must be unique in the checklist. */
	List<String> codes() {
		return Stream.concat(Stream.of(this.code), answerCodes().stream()).distinct().toList();
	}

	/** The answer codes this question can give. */
	List<String> answerCodes() {
		return switch (this.type) {
			case CHECK -> List.of(this.code);
			case CHOICE -> this.options.stream().map(Option::code).toList();
			case NUMBER -> List.of();
		};
	}

}
