package org.psoascare.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.psoascare.content.ContentFile;

/**
 * Words and short phrases a person may type when they have a warning sign ("numb groin",
 * "leaking pee", "cant walk"), from the lists in {@code content/search/warning-words/}: a
 * search with any of them shows the emergency signs above its results. Three ways to
 * match, each erring towards showing the signs:
 * <ul>
 * <li>a word, after the index's English analysis (lower case, stop words out, stemmed, no
 * synonyms), so "Leaking" and "leak" are one word;</li>
 * <li>a phrase, when its analysed words come together in the query, in order;</li>
 * <li>a long word misspelt a little: a typed word of {@value #MIN_TYPO_LENGTH} letters or
 * more within one edit of a listed word of that length, or two edits when the listed word
 * has {@value #TWO_TYPOS_LENGTH} letters or more ("numbess", "incontinance"). Shorter
 * words must be exact, or "never" would be "fever" and "towel" "bowel".</li>
 * </ul>
 * Nothing of a query is kept.
 */
final class WarningWords {

	/** The shortest word, typed or listed, matched with a typo. */
	static final int MIN_TYPO_LENGTH = 7;

	/** The shortest listed word matched with two typos. */
	static final int TWO_TYPOS_LENGTH = 9;

	private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

	private final Analyzer english;

	private final Analyzer plain;

	private final Set<String> terms;

	private final List<List<String>> phrases;

	private final Set<String> longWords;

	private WarningWords(Analyzer english, Analyzer plain, Set<String> terms, List<List<String>> phrases,
			Set<String> longWords) {
		this.english = english;
		this.plain = plain;
		this.terms = Set.copyOf(terms);
		this.phrases = List.copyOf(phrases);
		this.longWords = Set.copyOf(longWords);
	}

	/**
	 * @param english the index's English analyzer without synonyms
	 * ({@link SearchAnalysis#english()})
	 * @param plain word splitting and lower case only ({@link SearchAnalysis#words()}),
	 * for misspellings
	 * @param files lists of one word or phrase per line; blank lines and lines starting
	 * with {@code #} are notes
	 */
	static WarningWords of(Analyzer english, Analyzer plain, Iterable<ContentFile> files) {
		Set<String> terms = new HashSet<>();
		List<List<String>> phrases = new ArrayList<>();
		Set<String> longWords = new HashSet<>();
		for (ContentFile file : files) {
			file.text()
				.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> {
					List<String> analysed = analyse(english, line);
					if (analysed.size() == 1) {
						terms.add(analysed.get(0));
					}
					else if (analysed.size() > 1) {
						phrases.add(analysed);
					}
					List<String> words = analyse(plain, line);
					if (words.size() == 1 && length(words.get(0)) >= MIN_TYPO_LENGTH) {
						longWords.add(words.get(0));
					}
				});
		}
		return new WarningWords(english, plain, terms, phrases, longWords);
	}

	/** Whether the text has a warning word or phrase, or a long one misspelt a little. */
	boolean mentionedIn(String text) {
		List<String> analysed = analyse(this.english, text);
		if (analysed.stream().anyMatch(this.terms::contains)) {
			return true;
		}
		if (this.phrases.stream().anyMatch((phrase) -> Collections.indexOfSubList(analysed, phrase) >= 0)) {
			return true;
		}
		return analyse(this.plain, text).stream().anyMatch(this::nearALongWord);
	}

	/** How many words and phrases (after analysis) the lists hold. */
	int size() {
		return this.terms.size() + this.phrases.size();
	}

	private boolean nearALongWord(String typed) {
		if (length(typed) < MIN_TYPO_LENGTH) {
			return false;
		}
		for (String listed : this.longWords) {
			int allowed = (length(listed) >= TWO_TYPOS_LENGTH) ? 2 : 1;
			if (Math.abs(length(listed) - length(typed)) <= allowed && edits(typed, listed) <= allowed) {
				return true;
			}
		}
		return false;
	}

	/** Lucene's Levenshtein similarity (1 - edits / longer length), back to edits. */
	private static int edits(String a, String b) {
		int longer = Math.max(length(a), length(b));
		return Math.round((1 - DISTANCE.getDistance(a, b)) * longer);
	}

	private static int length(String word) {
		return word.codePointCount(0, word.length());
	}

	private static List<String> analyse(Analyzer analyzer, String text) {
		return SearchAnalysis.terms(analyzer, SearchFields.ALL, text, Integer.MAX_VALUE);
	}

}
