package org.psoascare.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person typed, made safe to search with and to show back: control characters and
 * bidi controls taken out (white space ones become spaces), stripped, put in Unicode NFKC
 * form (so "é" typed as one code point or as "e" plus a combining accent, or a full-width
 * "ｐｓｏａｓ", are the same query), and capped at {@link #MAX_LENGTH} code points without
 * splitting a character. Nothing here is ever stored or logged.
 *
 * @param text the query as it is shown back (normalised and capped, case kept); it holds
 * no control characters but may hold right-to-left text, so every place that shows it
 * isolates it ({@code <bdi>}, or {@link #isolated()} in plain text such as the page
 * title)
 * @param shortened whether the query was cut to {@link #MAX_LENGTH}
 */
record SearchQuery(String text, boolean shortened) {

	/** The most code points of a query that are used. */
	public static final int MAX_LENGTH = 100;

	private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");

	/**
	 * Bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069):
	 * dropped, so a query can never reverse or reorder the page around it.
	 */
	private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

	/**
	 * White space that is a control character (tab, line feed, carriage return…): a
	 * space, so the words on either side stay apart.
	 */
	private static final Pattern CONTROL_SPACE = Pattern.compile("[\\p{Cc}&&\\s]");

	/**
	 * Every other control character (NUL, escape, delete…): dropped, so none is shown
	 * back in the page, where HTML does not allow them.
	 */
	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cc}");

	/** Other format characters (zero-width joiners…): never part of a word. */
	private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");

	/** First strong isolate and pop directional isolate: plain-text {@code <bdi>}. */
	private static final char FSI = '\u2068';

	private static final char PDI = '\u2069';

	/**
	 * @param raw the {@code q} parameter as sent, or {@code null} when there was none
	 * @return the query; never {@code null}
	 */
	public static SearchQuery of(String raw) {
		return of(raw, MAX_LENGTH);
	}

	/**
	 * @param raw the {@code q} parameter as sent, or {@code null}
	 * @param maxLength the most code points kept
	 * @return the query, made safe in the same ways as {@link #of(String)}
	 */
	static SearchQuery of(String raw, int maxLength) {
		String text = (raw == null) ? "" : withoutControls(Normalizer.normalize(raw, Normalizer.Form.NFKC)).strip();
		boolean shortened = text.codePointCount(0, text.length()) > maxLength;
		if (shortened) {
			text = text.substring(0, text.offsetByCodePoints(0, maxLength)).strip();
		}
		return new SearchQuery(text, shortened);
	}

	private static String withoutControls(String text) {
		String spaced = CONTROL_SPACE.matcher(text).replaceAll(" ");
		return BIDI_CONTROLS.matcher(CONTROL_CHARACTERS.matcher(spaced).replaceAll("")).replaceAll("");
	}

	public boolean isBlank() {
		return this.text.isEmpty();
	}

	/**
	 * Whether the query has at least one letter or digit, so there is a word to look for.
	 */
	public boolean hasWords() {
		return WORD_CHARACTER.matcher(this.text).find();
	}

	/**
	 * The text given to the analyzers: lower case (root locale), format characters such
	 * as a right-to-left override taken out, NFKC again in case lower-casing undid it.
	 */
	String forAnalysis() {
		String plain = FORMAT_CHARACTERS.matcher(this.text).replaceAll("");
		return Normalizer.normalize(plain.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
	}

	/** The query wrapped in Unicode isolates, for plain text where no element can go. */
	public String isolated() {
		return FSI + this.text + PDI;
	}

}
