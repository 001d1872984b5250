package org.psoascare.stretch;

import org.psoascare.content.Coded;

/** Whether a stretch is done on each side in turn or both at once. */
public enum Sides implements Coded {

	EACH("each"), BOTH("both");

	private final String code;

	Sides(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
