package org.psoascare.search;

import java.util.List;

/**
 * What a search found: one page of results.
 *
 * @param hits the matches on this page, best first, at most {@link #PAGE_SIZE}
 * @param total how many guides, stretches and routines matched in all
 * @param page which page this is, from 1
 * @param onlyCommonWords the query had words, but only ones too common to search for
 * ("a", "the", "at"), so nothing was looked up
 * @param suggestion when nothing matched: the query with each unknown word replaced by
 * the closest word in the content, if that finds something; else {@code null}
 */
record SearchResults(List<SearchHit> hits, int total, int page, boolean onlyCommonWords, String suggestion) {

	/** Results on one page. */
	public static final int PAGE_SIZE = 10;

	public SearchResults {
		hits = List.copyOf(hits);
	}

	static SearchResults none() {
		return new SearchResults(List.of(), 0, 1, false, null);
	}

	static SearchResults commonWordsOnly() {
		return new SearchResults(List.of(), 0, 1, true, null);
	}

	public boolean isEmpty() {
		return this.hits.isEmpty();
	}

	/** The number of the first result on this page, from 1 (0 when there is none). */
	public int first() {
		return this.hits.isEmpty() ? 0 : (this.page - 1) * PAGE_SIZE + 1;
	}

	/** The number of the last result on this page. */
	public int last() {
		return this.hits.isEmpty() ? 0 : first() + this.hits.size() - 1;
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return last() < this.total;
	}

}
