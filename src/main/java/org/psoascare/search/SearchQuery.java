package org.psoascare.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a person typed, made safe to search with: capped in length, split into at most
 * a few lower-case words, anything that is not a letter or digit ignored.
 *
 * @param text the query as it will be shown back (after capping)
 * @param terms the words searched for
 * @param shortened whether the query was cut to {@link #MAX_LENGTH}
 */
public record SearchQuery(String text, List<String> terms, boolean shortened) {

	public static final int MAX_LENGTH = 100;

	static final int MAX_TERMS = 8;

	public static SearchQuery of(String raw) {
		String text = (raw == null) ? "" : raw.strip();
		boolean shortened = text.codePointCount(0, text.length()) > MAX_LENGTH;
		if (shortened) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
		}
		Set<String> terms = new LinkedHashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && terms.size() < MAX_TERMS) {
				terms.add(word);
			}
		}
		return new SearchQuery(text, new ArrayList<>(terms), shortened);
	}

	public boolean isBlank() {
		return this.text.isEmpty();
	}

	public boolean hasTerms() {
		return !this.terms.isEmpty();
	}

}
