package org.psoascare.search;

import java.util.List;
import java.util.Locale;

/**
 * A guide, stretch, routine or plan that matched, with a snippet of its text.
 *
 * @param kind what it is
 * @param slug its slug
 * @param title its title or name
 * @param snippet the snippet as parts, some marked as matches; templates escape each
 * part, so no text from the query or the content is ever written as markup
 */
record SearchHit(Kind kind, String slug, String title, List<Part> snippet) {

	public SearchHit {
		snippet = List.copyOf(snippet);
	}

	/** The page of this result, e.g. {@code /stretches/thomas-stretch}. */
	public String path() {
		return this.kind.path + this.slug;
	}

	/**
	 * A piece of a snippet; {@code match} marks whole words that were searched for, as
	 * Lucene's highlighter found them.
	 */
	public record Part(String text, boolean match) {
	}

	/** What a result is; {@link #code()} names its label in the messages. */
	public enum Kind {

		GUIDE("/guides/"), STRETCH("/stretches/"), ROUTINE("/routines/"), PLAN("/plans/");

		private final String path;

		Kind(String path) {
			this.path = path;
		}

		/** {@code guide}, {@code stretch}, {@code routine} or {@code plan}. */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The kind whose code is this word ({@code plan}). */
		static Kind named(String code) {
			return valueOf(code.toUpperCase(Locale.ROOT));
		}

	}

}
