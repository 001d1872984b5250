package org.psoascare.content;

/**
 * The names of the kinds of content, which are also their folders under the content root.
 * They live here so that one kind refers to another through the {@link ContentIndex}
 * without importing the other's package.
 */
public final class ContentKinds {

	public static final String GUIDES = "guides";

	public static final String STRETCHES = "stretches";

	public static final String ROUTINES = "routines";

	public static final String CHECKLIST_QUESTIONS = "checklist/questions";

	public static final String CHECKLIST_RULES = "checklist/rules";

	private ContentKinds() {
	}

}
