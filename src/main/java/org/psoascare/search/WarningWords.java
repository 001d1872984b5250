package org.psoascare.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.psoascare.content.ContentFile;

/**
 * Words a person may type when they have a warning sign ("numb groin", "leaking pee"),
 * from the lists in {@code content/search/warning-words/}: a search with any of them
 * shows the emergency signs above its results. Words are compared after the index's
 * English analysis (lower case, stemmed, without synonyms), so "Leaking" and "leak" are
 * one word; a synonym never makes a word a warning one. Nothing of a query is kept.
 */
final class WarningWords {

	private final Analyzer analyzer;

	private final Set<String> terms;

	private WarningWords(Analyzer analyzer, Set<String> terms) {
		this.analyzer = analyzer;
		this.terms = Set.copyOf(terms);
	}

	/**
	 * @param analyzer the index's English analyzer without synonyms
	 * ({@link SearchAnalysis#english()})
	 * @param files lists of one word per line; blank lines and lines starting with
	 * {@code #} are notes
	 */
	static WarningWords of(Analyzer analyzer, Iterable<ContentFile> files) {
		Set<String> terms = new HashSet<>();
		for (ContentFile file : files) {
			file.text()
				.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((word) -> terms.addAll(analyze(analyzer, word)));
		}
		return new WarningWords(analyzer, terms);
	}

	/** Whether the query has a warning word. */
	boolean mentionedIn(SearchQuery query) {
		return analyze(this.analyzer, query.forAnalysis()).stream().anyMatch(this.terms::contains);
	}

	/** How many distinct words (after analysis) the lists hold. */
	int size() {
		return this.terms.size();
	}

	private static List<String> analyze(Analyzer analyzer, String text) {
		return SearchAnalysis.terms(analyzer, SearchFields.ALL, text, Integer.MAX_VALUE);
	}

}
