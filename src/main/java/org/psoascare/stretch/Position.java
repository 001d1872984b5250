package org.psoascare.stretch;

import org.psoascare.content.Coded;

/** The position a stretch starts from. */
public enum Position implements Coded {

	STANDING("standing"), SITTING("sitting"), KNEELING("kneeling"), LYING_ON_BACK("lying-on-back"),
	LYING_ON_FRONT("lying-on-front"), ALL_FOURS("all-fours"), LYING_ON_SIDE("lying-on-side");

	private final String code;

	Position(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
