package org.psoascare.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.psoascare.content.ContentException;
import org.psoascare.content.ContentFile;

/**
 * The analyzers of the search index, all built from Lucene's own parts:
 * <ul>
 * <li>{@link #english()}: Unicode word splitting, possessives dropped, lower case,
 * English stop words dropped, Porter stemming ("flexors" and "flexor" are one word); for
 * the text fields.</li>
 * <li>{@link #englishQuery()}: the same for a query, where only the words typed count
 * (the ranking part of a query). At most {@value #MAX_QUERY_WORDS} words of a query are
 * used, which bounds the work one query can cause.</li>
 * <li>{@link #englishWithSynonyms()}: {@link #englishQuery()} then the synonym list from
 * content, for the part of a query that decides what matches.</li>
 * <li>{@link #words()}: word splitting and lower case only, for "did you mean"
 * suggestions, which must be whole words a person would write.</li>
 * </ul>
 */
final class SearchAnalysis {

	/** Words of a query looked for; later ones are ignored. */
	static final int MAX_QUERY_WORDS = 8;

	/**
	 * Positions between two values of one field (two blocks of a guide), so a phrase
	 * never matches across a block boundary.
	 */
	private static final int GAP_BETWEEN_VALUES = 100;

	private final Analyzer english = new English(null, false);

	private final Analyzer englishQuery = new English(null, true);

	private final Analyzer englishWithSynonyms;

	private final Analyzer words = new Words();

	private final Analyzer indexing;

	private SearchAnalysis(SynonymMap synonyms) {
		this.englishWithSynonyms = new English(synonyms, true);
		this.indexing = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected Analyzer getWrappedAnalyzer(String field) {
				return SearchFields.WORDS.equals(field) ? SearchAnalysis.this.words : SearchAnalysis.this.english;
			}
		};
	}

	/**
	 * @param synonymFiles the synonym lists from content (Solr format, see
	 * {@code docs/content-authoring.md}); none means no synonyms
	 * @throws ContentException naming the file when a list cannot be read
	 */
	static SearchAnalysis of(Iterable<ContentFile> synonymFiles) {
		try {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, new English(null, false));
			for (ContentFile file : synonymFiles) {
				parseInto(parser, file);
			}
			return new SearchAnalysis(parser.build());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not build the synonym map", ex);
		}
	}

	private static void parseInto(SolrSynonymParser parser, ContentFile file) throws IOException {
		try {
			parser.parse(new StringReader(file.text()));
		}
		catch (ParseException | IllegalArgumentException ex) {
			throw new ContentException(file.path(), null, "a synonym line cannot be read (" + ex.getMessage()
					+ "); write words separated by commas, without stop words such as 'the' or 'of'");
		}
	}

	/**
	 * For indexing: {@link #words()} for the suggestion field, else {@link #english()}.
	 */
	Analyzer indexing() {
		return this.indexing;
	}

	Analyzer english() {
		return this.english;
	}

	Analyzer englishQuery() {
		return this.englishQuery;
	}

	Analyzer englishWithSynonyms() {
		return this.englishWithSynonyms;
	}

	Analyzer words() {
		return this.words;
	}

	/**
	 * The terms an analyzer makes of a text, in order.
	 * @param max the most terms to return; later ones are left out
	 */
	static List<String> terms(Analyzer analyzer, String field, String text, int max) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms.size() < max) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			// Analysis of a string in memory: this cannot happen short of a bug.
			throw new UncheckedIOException("Could not analyse a text in memory", ex);
		}
		return terms;
	}

	private static final class English extends Analyzer {

		private final SynonymMap synonyms;

		private final boolean limited;

		English(SynonymMap synonyms, boolean limited) {
			this.synonyms = synonyms;
			this.limited = limited;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream stream = new EnglishPossessiveFilter(source);
			stream = new LowerCaseFilter(stream);
			stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			if (this.limited) {
				stream = new LimitTokenCountFilter(stream, MAX_QUERY_WORDS);
			}
			stream = new PorterStemFilter(stream);
			if (this.synonyms != null && this.synonyms.fst != null) {
				stream = new SynonymGraphFilter(stream, this.synonyms, true);
			}
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new LowerCaseFilter(in);
		}

		@Override
		public int getPositionIncrementGap(String fieldName) {
			return GAP_BETWEEN_VALUES;
		}

	}

	private static final class Words extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new LowerCaseFilter(source));
		}

	}

}
