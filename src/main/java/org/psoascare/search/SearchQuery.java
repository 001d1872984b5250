package org.psoascare.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person typed, made safe to search with and to show back: in Unicode NFC (so
 * canonically equal spellings, é as one code point or as e and a combining accent,
 * search alike), without bidirectional embedding, override and isolate controls (which
 * could reorder the page around it), capped in length, split into at most a few
 * lower-case words, anything that is not a letter, mark or digit ignored.
 *
 * @param text the query as it will be shown back (after the above)
 * @param terms the words searched for
 * @param shortened whether the query was cut to {@link #MAX_LENGTH}
 */
public record SearchQuery(String text, List<String> terms, boolean shortened) {

	public static final int MAX_LENGTH = 100;

	static final int MAX_TERMS = 8;

	/** Embeddings, overrides and isolates: U+202A to U+202E and U+2066 to U+2069. */
	private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

	/** First strong isolate and pop directional isolate, around text shown in a sentence. */
	private static final char FSI = '\u2068';

	private static final char PDI = '\u2069';

	public static SearchQuery of(String raw) {
		String text = (raw == null) ? ""
				: BIDI_CONTROLS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll("").strip();
		boolean shortened = text.codePointCount(0, text.length()) > MAX_LENGTH;
		if (shortened) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
		}
		Set<String> terms = new LinkedHashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
			if (!word.isEmpty() && terms.size() < MAX_TERMS) {
				terms.add(word);
			}
		}
		return new SearchQuery(text, new ArrayList<>(terms), shortened);
	}

	/**
	 * The text between Unicode isolate marks (FSI, PDI), for showing inside a sentence
	 * or a title: a right-to-left query cannot reorder the words around it.
	 */
	public String isolated() {
		return FSI + this.text + PDI;
	}

	public boolean isBlank() {
		return this.text.isEmpty();
	}

	public boolean hasTerms() {
		return !this.terms.isEmpty();
	}

}
