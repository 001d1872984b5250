package org.psoascare.stretch;

import org.psoascare.content.Coded;

/** What a stretch needs besides the floor. */
public enum Equipment implements Coded {

	MAT("mat"), STRAP("strap"), CHAIR("chair"), FOAM_ROLLER("foam-roller"), MASSAGE_BALL("massage-ball"),
	CUSHION("cushion");

	private final String code;

	Equipment(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
