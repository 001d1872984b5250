package org.psoascare.search;

import java.util.List;

/**
 * A guide that matched, with a snippet of the text around the first match.
 *
 * @param slug the guide's slug
 * @param title its title
 * @param snippet the snippet as parts, some marked as the match; templates escape each
 * part, so no text from the query or the content is ever written as markup
 */
public record SearchHit(String slug, String title, List<Part> snippet) {

	/** A piece of a snippet; {@code match} marks the words that were searched for. */
	public record Part(String text, boolean match) {
	}

}
