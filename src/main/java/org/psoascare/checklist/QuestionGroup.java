package org.psoascare.checklist;

import java.util.List;

/**
 * One fieldset of the checklist form.
 *
 * @param checkFirst whether it holds emergency signs, asked under "Check these first"
 * before every other group
 */
public record QuestionGroup(String slug, int order, boolean checkFirst, String legend, String hint,
		List<Question> questions) {

	List<String> answerCodes() {
		return this.questions.stream().flatMap((question) -> question.answerCodes().stream()).toList();
	}

}
