package org.psoascare.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.psoascare.content.ContentLoadedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.psoascare.content.ContentProperties;
import org.psoascare.content.ContentSource;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Searches guides, stretches and routines with Apache Lucene, in memory. Content changes
 * only when it is loaded, so on every {@link ContentLoadedEvent} the index is built anew
 * from the catalogs and the synonym list ({@code content/search/*.txt}), then swapped in
 * whole: a search sees the old index or the new one, never half of one, and never touches
 * the database. Each instance builds its own; content is the same everywhere, so nothing
 * is shared. Before the first load every search finds nothing. Queries are never stored
 * or logged.
 */
@Component
class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/** The folder of content that holds the synonym lists. */
	static final String SYNONYMS_FOLDER = "search";

	/** The most code points of a query read for warning words. */
	static final int WARNING_SCAN_LENGTH = 1000;

	/** The folder of content that holds the warning word lists. */
	static final String WARNING_WORDS_FOLDER = "search/warning-words";

	private final SearchSources sources;

	private final ContentSource content;

	private volatile LuceneIndex index;

	private volatile WarningWords warningWords;

	SearchIndex(SearchSources sources, ContentProperties content) {
		this.sources = sources;
		this.content = content.source();
	}

	@EventListener
	void onContentLoaded(ContentLoadedEvent event) {
		rebuild();
	}

	/** Builds the index from the content in the store now, and swaps it in. */
	void rebuild() {
		long start = System.nanoTime();
		SearchAnalysis analysis = SearchAnalysis.of(this.content.files(SYNONYMS_FOLDER, "txt"));
		List<SearchDocument> documents = this.sources.documents();
		long read = System.nanoTime();
		WarningWords warnings = WarningWords.of(analysis.english(), analysis.words(),
				this.content.files(WARNING_WORDS_FOLDER, "txt"));
		try {
			this.index = LuceneIndex.build(analysis, documents);
			this.warningWords = warnings;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the search index in memory", ex);
		}
		log.info("Search index built: {} documents, read in {} ms, indexed in {} ms", documents.size(),
				(read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
	}

	/**
	 * Whether what was typed has a word or phrase that may describe a warning sign, so
	 * the page shows the emergency signs first ({@link WarningWords}). It reads up to
	 * {@link #WARNING_SCAN_LENGTH} code points, not only the
	 * {@link SearchQuery#MAX_LENGTH} a search uses: a worried person may write a long
	 * sentence with the sign at its end. {@code false} before the first load.
	 * @param raw the {@code q} parameter as sent, or {@code null}
	 */
	public boolean mentionsWarningSign(String raw) {
		WarningWords current = this.warningWords;
		if (current == null || raw == null) {
			return false;
		}
		return current.mentionedIn(SearchQuery.of(raw, WARNING_SCAN_LENGTH).forAnalysis());
	}

	/**
	 * The first page of results.
	 * @param query a query; one without words finds nothing
	 * @return the best matches, each with a snippet; never {@code null}
	 */
	public SearchResults search(SearchQuery query) {
		return search(query, 1);
	}

	/**
	 * @param query a query; one without words finds nothing
	 * @param page which page of {@link SearchResults#PAGE_SIZE} results, from 1; below 1
	 * means 1, past the last means the last
	 * @return that page of matches, best first, each with a snippet; never {@code null}
	 */
	public SearchResults search(SearchQuery query, int page) {
		LuceneIndex current = this.index;
		if (current == null || !query.hasWords()) {
			return SearchResults.none();
		}
		try {
			return current.search(query.forAnalysis(), page);
		}
		catch (IOException ex) {
			// The index is in memory: this cannot happen short of a bug. The message
			// names no part of the query.
			throw new UncheckedIOException("Could not read the in-memory search index", ex);
		}
	}

}
