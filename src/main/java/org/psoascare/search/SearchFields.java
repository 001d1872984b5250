package org.psoascare.search;

/** Names of the fields of the search index. */
final class SearchFields {

	/** Guide, stretch or routine: {@link SearchHit.Kind#name()}. Stored, not searched. */
	static final String KIND = "kind";

	/**
	 * The kind's code ({@code plan}, {@code routine} ...) as one untokenised term, for a
	 * query that names a kind. Not stored.
	 */
	static final String KIND_TERM = "kind_term";

	/**
	 * Title, summary and labels together: what a document is about, for a query that
	 * names a kind. Not stored.
	 */
	static final String ABOUT = "about";

	/** The slug. Stored, not searched. */
	static final String SLUG = "slug";

	/** The title or name. */
	static final String TITLE = "title";

	/** The one-sentence summary. */
	static final String SUMMARY = "summary";

	/**
	 * Short labels: a guide's headings, a stretch's target areas and kind, the names of a
	 * routine's stretches. One value per label.
	 */
	static final String LABELS = "labels";

	/** The text, one value per block (paragraph, list item, step, caution). */
	static final String BODY = "body";

	/** Everything above in one field, for deciding what matches. Not stored. */
	static final String ALL = "all";

	/** Everything above as whole lower-case words, for "did you mean". Not stored. */
	static final String WORDS = "words";

	private SearchFields() {
	}

}
