package org.psoascare.stretch;

import org.psoascare.content.Coded;

/** What kind of exercise a stretch is. */
public enum StretchKind implements Coded {

	STRETCH("stretch"), STRENGTHENING("strengthening"), MOBILITY("mobility"), SELF_MASSAGE("self-massage"),
	NERVE_GLIDE("nerve-glide");

	private final String code;

	StretchKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
