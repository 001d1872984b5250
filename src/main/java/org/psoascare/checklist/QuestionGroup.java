package org.psoascare.checklist;

import java.util.List;

/** One fieldset of the checklist form. */
public record QuestionGroup(String slug, int order, String legend, String hint, List<Question> questions) {

	List<String> answerCodes() {
		return this.questions.stream().flatMap((question) -> question.answerCodes().stream()).toList();
	}

}
