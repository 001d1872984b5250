package org.psoascare.checklist;

import org.psoascare.content.Coded;

/** How a question is asked: a tick box, a choice of one, or a number (age). */
public enum QuestionType implements Coded {

	CHECK("check"), CHOICE("choice"), NUMBER("number");

	private final String code;

	QuestionType(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
