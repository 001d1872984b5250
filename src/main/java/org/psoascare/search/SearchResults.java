package org.psoascare.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param hits the matches, best first, at most one per guide, stretch or routine
 * @param onlyCommonWords the query had words, but only ones too common to search for
 * ("a", "the", "at"), so nothing was looked up
 * @param suggestion when nothing matched: the query with each unknown word replaced by
 * the closest word in the content, if that finds something; else {@code null}
 */
public record SearchResults(List<SearchHit> hits, boolean onlyCommonWords, String suggestion) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	static SearchResults commonWordsOnly() {
		return new SearchResults(List.of(), true, null);
	}

	public boolean isEmpty() {
		return this.hits.isEmpty();
	}

}
