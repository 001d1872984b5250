package org.psoascare.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MaxNonCompetitiveBoostAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * How much typo tolerance one query may buy. A typo automaton's cost grows with the
 * word's length and steeply with the edits it allows (measured with Lucene 9.12: a word
 * of 20 letters costs about 1.2 ms with one edit and 6.4 ms with two, one of 9 letters
 * 0.1 ms and 1.8 ms), so a query of several long unknown words cost about 50 ms of CPU, a
 * hundred times an ordinary search. Each query gets a budget of {@value #LETTER_EDITS}
 * letter-edits, a word costing its length times its edits squared; words are served in
 * the order typed, a word that cannot afford two edits gets one if it can, else none (it
 * is then matched as typed). So "pirifromis strech" keeps all its typo tolerance, and the
 * costliest query stays within a few milliseconds.
 *
 * <p>
 * The same word asked for twice (in the matching and in the title's ranking clauses, or
 * repeated) is charged once and gets the same answer, and its automata are built once:
 * every {@link FuzzyQuery} made through {@link #fuzzy} for one word shares them, whatever
 * its field. One budget per query, on one thread; not thread-safe.
 */
final class TypoBudget {

	/** Letters times edits squared, per query. */
	static final int LETTER_EDITS = 64;

	private final Map<String, Integer> granted = new HashMap<>();

	private final Map<String, AttributeSource> automata = new HashMap<>();

	private int left = LETTER_EDITS;

	/**
	 * @param word the word as analysed
	 * @param wanted the edits the word would get without a budget (0 to 2)
	 * @return the edits it gets: {@code wanted}, fewer, or 0 for none
	 */
	int edits(String word, int wanted) {
		Integer known = this.granted.get(word);
		if (known != null) {
			return known;
		}
		int letters = word.codePointCount(0, word.length());
		int edits = wanted;
		while (edits > 0 && letters * edits * edits > this.left) {
			edits--;
		}
		this.left -= letters * edits * edits;
		this.granted.put(word, edits);
		return edits;
	}

	/**
	 * A typo query for the term, sharing its automata with every other made by this
	 * budget for the same word.
	 * @param term the field and the word
	 * @param edits from {@link #edits}, at least 1
	 * @param maxExpansions at most this many words of the content stand for it
	 */
	FuzzyQuery fuzzy(Term term, int edits, int maxExpansions) {
		AttributeSource shared = this.automata.computeIfAbsent(term.text() + '\u0000' + edits,
				(key) -> new AttributeSource());
		return new SharedAutomataFuzzyQuery(term, edits, maxExpansions, shared);
	}

	/**
	 * Lucene's {@link FuzzyQuery}, whose terms enumeration keeps its automata in the
	 * attribute source it is given: given the same one, they are built once. The
	 * competitive-boost attribute that the source also carries belongs to one rewrite, so
	 * it is cleared before each.
	 */
	private static final class SharedAutomataFuzzyQuery extends FuzzyQuery {

		private final AttributeSource shared;

		SharedAutomataFuzzyQuery(Term term, int edits, int maxExpansions, AttributeSource shared) {
			super(term, edits, 0, maxExpansions, true);
			this.shared = shared;
		}

		@Override
		protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
			MaxNonCompetitiveBoostAttribute boost = this.shared.addAttribute(MaxNonCompetitiveBoostAttribute.class);
			boost.setMaxNonCompetitiveBoost(Float.NEGATIVE_INFINITY);
			boost.setCompetitiveTerm(null);
			return super.getTermsEnum(terms, this.shared);
		}

	}

}
