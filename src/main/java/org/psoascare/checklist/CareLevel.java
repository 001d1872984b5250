package org.psoascare.checklist;

import org.psoascare.content.Coded;

/** How soon someone should get help, highest first: the order is the priority. */
public enum CareLevel implements Coded {

	EMERGENCY("emergency"), URGENT("urgent"), SOON("soon"), SELF_CARE("self-care");

	private final String code;

	CareLevel(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
