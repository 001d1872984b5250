package org.psoascare.guide;

import org.psoascare.content.Coded;

/** The groups on the guides page, in the order they are shown. */
public enum Topic implements Coded {

	PSOAS("psoas"), SCIATICA("sciatica"), EVERYDAY("everyday"), MASSAGE("massage"), GETTING_HELP("getting-help");

	private final String code;

	Topic(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
