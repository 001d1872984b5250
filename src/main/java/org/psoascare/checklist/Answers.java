package org.psoascare.checklist;

import java.util.Set;

/**
 * What someone answered: the codes of the boxes ticked and choices made, and their age if
 * they gave it. Held only for the length of one request.
 */
record Answers(Set<String> codes, Integer age) {

	public Answers {
		codes = Set.copyOf(codes);
	}

	public boolean isEmpty() {
		return this.codes.isEmpty() && this.age == null;
	}

}
