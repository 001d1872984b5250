package org.psoascare.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * One built index: its searcher, highlighter and spell checker, the documents by Lucene
 * doc id, and what their snippets need, prepared once (their text, a {@link MemoryIndex}
 * of each for offsets, their sentence breaks). Immutable once built, and safe to search
 * from many threads.
 *
 * <p>
 * How a query is run: the part that decides what matches uses {@link SearchFields#ALL}
 * with synonyms and typo tolerance (a {@link FuzzyQuery} for every word of five letters
 * or more that is not itself in the content: one edit, two from eight letters); a query
 * of one or two words needs them all, a longer one all but one (three quarters from five
 * words). Ranking adds, on top of Lucene's BM25, a title that holds every word of the
 * query (with synonyms and typos, and more when exactly as typed), the query as a phrase
 * in the title (more still), a little for a title with some of the words, and the words
 * and phrases in the summary, labels and body. Long texts are penalised less than BM25's
 * default for their length ({@link #BODY_LENGTH_WEIGHT}): a long guide is not less about
 * its subject.
 */
final class LuceneIndex {

	private static final int MIN_FUZZY_LENGTH = 5;

	private static final int TWO_EDITS_LENGTH = 8;

	private static final int MAX_FUZZY_EXPANSIONS = 10;

	/**
	 * Longer "words" are not words a person misspells (and their typo automata are
	 * costly), so they are matched exactly and get no suggestion.
	 */
	private static final int MAX_FUZZY_LENGTH = 20;

	private static final int MAX_HIGHLIGHT_LENGTH = 200_000;

	/** Passages of each field weighed for the snippet. */
	private static final int PASSAGES_PER_FIELD = 3;

	/**
	 * A word that names a kind of result, alone or plural, as typed (the query is already
	 * lower case): "sciatica plan", "psoas stretches".
	 */
	private static final Pattern KIND_WORDS = Pattern
		.compile("(?<![\\p{L}\\p{N}])(plan|routine|stretch|guide)(?:s|es)?(?![\\p{L}\\p{N}])");

	/**
	 * Added to the score of a document of the kind a query names whose title, summary or
	 * labels match its other words: more than any text score, so they come first.
	 */
	static final float KIND_BOOST = 1000f;

	/**
	 * What a plan's score is multiplied by when the query names no kind, so a plan comes
	 * after the guide or routine that shares its words (the plan links to them).
	 */
	static final float PLAN_WEIGHT = 0.25f;

	/**
	 * Where snippets come from; a match on the title or labels alone shows the summary.
	 */
	private static final String[] SNIPPET_FIELDS = { SearchFields.SUMMARY, SearchFields.BODY };

	/**
	 * Cloned for each use: looking one up by locale each time costs more than the rest.
	 */
	private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.UK);

	/** BM25's b for the body and the whole text (default 0.75 for short fields). */
	static final float BODY_LENGTH_WEIGHT = 0.3f;

	private static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
		private final Similarity shortText = new BM25Similarity();

		private final Similarity longText = new BM25Similarity(1.2f, BODY_LENGTH_WEIGHT);

		@Override
		public Similarity get(String field) {
			return (SearchFields.BODY.equals(field) || SearchFields.ALL.equals(field)) ? this.longText : this.shortText;
		}
	};

	private final SearchAnalysis analysis;

	private final IndexSearcher searcher;

	private final Highlighter highlighter;

	/** Lucene's spell checker allowing one edit, and two. */
	private final DirectSpellChecker[] spelling = { spellChecker(1), spellChecker(2) };

	private final Analyzer looseAnalyzer;

	private final QueryBuilder literal;

	private final List<SearchDocument> byDocId;

	private LuceneIndex(SearchAnalysis analysis, DirectoryReader reader, List<SearchDocument> byDocId) {
		this.analysis = analysis;
		this.searcher = new IndexSearcher(reader);
		this.searcher.setSimilarity(SIMILARITY);
		// Lucene's query cache would keep matches of frequent queries and a trace of
		// recent ones in memory: searches are never kept, and it saves nothing here.
		this.searcher.setQueryCache(null);
		this.byDocId = List.copyOf(byDocId);
		List<StoredText> texts = this.byDocId.stream()
			.map((document) -> StoredText.of(document, analysis.indexing()))
			.toList();
		List<String> snippetTexts = new ArrayList<>();
		texts.forEach((text) -> Arrays.stream(SNIPPET_FIELDS).map(text::of).forEach(snippetTexts::add));
		Supplier<BreakIterator> knownBreaks = KnownBreaks.of(snippetTexts, LuceneIndex::sentences);
		this.highlighter = new Highlighter(UnifiedHighlighter.builder(this.searcher, analysis.indexing())
			// Lucene wraps this one and the Highlighter below swaps it for a fresh one
			// unwrapped; the known breaks make that cheaper than cloning a sentence
			// iterator.
			.withBreakIterator(knownBreaks)
			.withFormatter(new SnippetFormatter())
			.withScorer(new LeanPassageScorer())
			.withMaxNoHighlightPassages(0)
			.withPassageSortComparator(Comparator.comparingDouble(Passage::getScore).reversed())
			// The whole of the longest guide, not Lucene's default first 10,000
			// characters.
			.withMaxLength(MAX_HIGHLIGHT_LENGTH)
			.withWeightMatches(false)
			.withHighlightPhrasesStrictly(false), texts, knownBreaks);
		this.looseAnalyzer = analysis.englishWithSynonyms();
		this.literal = new QueryBuilder(analysis.englishQuery());
	}

	/**
	 * Sentences, and a break at every {@link SnippetFormatter#SEPARATOR} so no passage
	 * runs two blocks together.
	 */
	static BreakIterator sentences() {
		return new SplittingBreakIterator((BreakIterator) SENTENCES.clone(), SnippetFormatter.SEPARATOR);
	}

	static LuceneIndex build(SearchAnalysis analysis, List<SearchDocument> documents) throws IOException {
		// Each file as one buffer: a search clones and slices inputs for every term it
		// looks up, and one buffer makes that cheap.
		ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
				ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
		List<SearchDocument> normalised = documents.stream().map(LuceneIndex::normalise).toList();
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(analysis.indexing()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
					.setSimilarity(SIMILARITY))) {
			for (SearchDocument document : normalised) {
				writer.addDocument(toLucene(document));
			}
			writer.forceMerge(1);
		}
		DirectoryReader reader = DirectoryReader.open(directory);
		LuceneIndex index = new LuceneIndex(analysis, reader, normalised);
		index.checkDocIds();
		return index;
	}

	/**
	 * Doc ids follow the order documents were added in (one writer, one thread), in one
	 * segment, so a leaf's doc id is the document's number: check.
	 */
	private void checkDocIds() throws IOException {
		if (this.searcher.getIndexReader().leaves().size() > 1) {
			throw new IllegalStateException("The search index is not one segment");
		}
		if (this.searcher.getIndexReader().maxDoc() != this.byDocId.size()) {
			throw new IllegalStateException("The search index does not hold every document once");
		}
		for (int id = 0; id < this.byDocId.size(); id++) {
			String slug = this.searcher.storedFields().document(id).get(SearchFields.SLUG);
			if (!this.byDocId.get(id).slug().equals(slug)) {
				throw new IllegalStateException("Search index doc ids are not in the order documents were added");
			}
		}
	}

	/**
	 * @param text the query, normalised for analysis
	 * @param page which page of {@link SearchResults#PAGE_SIZE} results, from 1; past the
	 * last, the last
	 */
	SearchResults search(String text, int page) throws IOException {
		Query query = query(text);
		if (query == null) {
			return SearchResults.commonWordsOnly();
		}
		Query rewritten = this.searcher.rewrite(query);
		ScoreDoc[] all = this.searcher.search(rewritten, Math.max(1, this.byDocId.size())).scoreDocs;
		if (all.length == 0) {
			return new SearchResults(List.of(), 0, 1, false, suggestion(text));
		}
		int pages = (all.length + SearchResults.PAGE_SIZE - 1) / SearchResults.PAGE_SIZE;
		int shown = Math.min(Math.max(page, 1), pages);
		int from = (shown - 1) * SearchResults.PAGE_SIZE;
		int[] ids = new int[Math.min(SearchResults.PAGE_SIZE, all.length - from)];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = all[from + i].doc;
		}
		return new SearchResults(hits(ids, text, rewritten), all.length, shown, false, null);
	}

	/** The results with these doc ids, in this order, each with its snippet. */
	private List<SearchHit> hits(int[] ids, String text, Query rewritten) throws IOException {
		Map<String, Object[]> snippets = this.highlighter.highlight(SNIPPET_FIELDS, highlightQuery(text, rewritten),
				ids);
		List<SearchHit> hits = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			SearchDocument document = this.byDocId.get(ids[i]);
			hits.add(new SearchHit(document.kind(), document.slug(), document.title(), snippet(document, snippets, i)));
		}
		return hits;
	}

	/**
	 * The snippet that holds the most different matched words, among the best
	 * {@value #PASSAGES_PER_FIELD} passages of each field (the summary's first, then by
	 * Lucene's passage score, on a tie); the summary when no field has a match (a match
	 * on the title or labels alone).
	 */
	@SuppressWarnings("unchecked")
	private static List<SearchHit.Part> snippet(SearchDocument document, Map<String, Object[]> snippets, int i) {
		SnippetFormatter.Snippet best = null;
		for (String field : SNIPPET_FIELDS) {
			List<SnippetFormatter.Snippet> passages = (List<SnippetFormatter.Snippet>) snippets.get(field)[i];
			for (SnippetFormatter.Snippet passage : (passages != null) ? passages
					: List.<SnippetFormatter.Snippet>of()) {
				if (passage.words() > ((best != null) ? best.words() : 0)) {
					best = passage;
				}
			}
		}
		return (best != null) ? best.parts() : List.of(new SearchHit.Part(document.summary(), false));
	}

	/**
	 * What snippets mark, in every field they come from: the matching query's words
	 * (synonyms and typos included) and the words typed. Built once per search, of plain
	 * term queries: with phrases not highlighted strictly, Lucene's highlighter marks a
	 * phrase's words wherever they are anyway.
	 */
	private Query highlightQuery(String text, Query rewritten) throws IOException {
		Set<BytesRef> words = matchedWords(rewritten);
		SearchAnalysis.terms(this.analysis.englishQuery(), SearchFields.BODY, text, SearchAnalysis.MAX_QUERY_WORDS)
			.forEach((word) -> words.add(new BytesRef(word)));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String field : SNIPPET_FIELDS) {
			for (BytesRef word : words) {
				query.add(new TermQuery(new Term(field, word)), Occur.SHOULD);
			}
		}
		return query.build();
	}

	/**
	 * The words of the content that the rewritten query looks for in
	 * {@link SearchFields#ALL}: the words typed, their synonyms, and the words their
	 * typos were expanded to, so typo automata are built once per search.
	 */
	private static Set<BytesRef> matchedWords(Query rewritten) {
		Set<BytesRef> words = new LinkedHashSet<>();
		rewritten.visit(new QueryVisitor() {
			@Override
			public void consumeTerms(Query query, Term... terms) {
				for (Term term : terms) {
					if (SearchFields.ALL.equals(term.field())) {
						words.add(BytesRef.deepCopyOf(term.bytes()));
					}
				}
			}

			@Override
			public QueryVisitor getSubVisitor(Occur occur, Query parent) {
				return this;
			}
		});
		return words;
	}

	/**
	 * @return the query, or {@code null} when every word is a stop word
	 */
	private Query query(String text) {
		TypoBudget typos = new TypoBudget();
		Query match = new Fuzzy(this.looseAnalyzer, this.searcher.getIndexReader(), typos)
			.createBooleanQuery(SearchFields.ALL, text, Occur.SHOULD);
		if (match == null) {
			return null;
		}
		Query kind = kindNamed(text, typos);
		Query query = ranked(text, match, kind, typos);
		// A plan is weeks of work: unless the query names a kind, the guide, stretch or
		// routine on the same words comes before it.
		return (kind != null) ? query : FunctionScoreQuery.boostByQuery(query,
				new TermQuery(new Term(SearchFields.KIND_TERM, SearchHit.Kind.PLAN.code())), PLAN_WEIGHT);
	}

	private Query ranked(String text, Query match, Query kind, TypoBudget typos) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (kind == null) {
			query.add(requireMost(match), Occur.MUST);
		}
		else {
			query.add(new BooleanQuery.Builder().add(requireMost(match), Occur.SHOULD).add(kind, Occur.SHOULD).build(),
					Occur.MUST);
			query.add(new BoostQuery(new ConstantScoreQuery(kind), KIND_BOOST), Occur.SHOULD);
		}
		Query titleWords = new Fuzzy(this.looseAnalyzer, this.searcher.getIndexReader(), typos)
			.createBooleanQuery(SearchFields.TITLE, text, Occur.SHOULD);
		// Every word in the title ranks first; some words in it count too, so in
		// "sciatica left leg" the guide titled Sciatica beats stretches that say "left
		// leg".
		should(query, allOf(titleWords), 3f);
		should(query, titleWords, 1f);
		should(query, this.literal.createBooleanQuery(SearchFields.TITLE, text, Occur.MUST), 3f);
		should(query, this.literal.createPhraseQuery(SearchFields.TITLE, text, 0), 6f);
		for (String field : new String[] { SearchFields.SUMMARY, SearchFields.LABELS, SearchFields.BODY }) {
			should(query, this.literal.createPhraseQuery(field, text, 1), 1.5f);
		}
		return query.build();
	}

	/**
	 * When the query names a kind ("plan", "routines", "stretch", "guide"): the documents
	 * of that kind whose title, summary or labels match the query's other words (most of
	 * them, as {@link #requireMost}; with synonyms and typos), or every document of that
	 * kind when there are no other words. Such documents rank above every other result
	 * ({@link #KIND_BOOST}). {@code null} when no kind is named.
	 */
	private Query kindNamed(String text, TypoBudget typos) {
		Matcher named = KIND_WORDS.matcher(text);
		Set<SearchHit.Kind> kinds = new LinkedHashSet<>();
		while (named.find()) {
			kinds.add(SearchHit.Kind.named(named.group(1)));
		}
		if (kinds.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder ofKind = new BooleanQuery.Builder();
		kinds.forEach((kind) -> ofKind.add(new TermQuery(new Term(SearchFields.KIND_TERM, kind.code())), Occur.SHOULD));
		String rest = KIND_WORDS.matcher(text).replaceAll(" ").strip();
		Query others = rest.isEmpty() ? null : new Fuzzy(this.looseAnalyzer, this.searcher.getIndexReader(), typos)
			.createBooleanQuery(SearchFields.ABOUT, rest, Occur.SHOULD);
		BooleanQuery.Builder kindMatch = new BooleanQuery.Builder().add(ofKind.build(), Occur.FILTER);
		if (others != null) {
			kindMatch.add(requireMost(others), Occur.MUST);
		}
		return kindMatch.build();
	}

	/**
	 * A query of several clauses (words, or a phrase with synonyms) needs all of them
	 * when there are one or two, all but one when three or four, three quarters from
	 * five.
	 */
	private static Query requireMost(Query match) {
		if (!(match instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 0
				|| !bool.clauses().stream().allMatch((clause) -> clause.getOccur() == Occur.SHOULD)) {
			return match;
		}
		int clauses = bool.clauses().size();
		int needed = (clauses <= 2) ? clauses : (clauses <= 4) ? clauses - 1 : (int) Math.ceil(clauses * 0.75);
		BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(needed);
		for (BooleanClause clause : bool.clauses()) {
			builder.add(clause);
		}
		return builder.build();
	}

	/**
	 * The same clauses, each required; a query that is not a plain boolean query of
	 * optional clauses (one word) is returned as it is.
	 */
	private static Query allOf(Query words) {
		if (!(words instanceof BooleanQuery bool)
				|| !bool.clauses().stream().allMatch((clause) -> clause.getOccur() == Occur.SHOULD)) {
			return words;
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		for (BooleanClause clause : bool.clauses()) {
			builder.add(clause.getQuery(), Occur.MUST);
		}
		return builder.build();
	}

	private static void should(BooleanQuery.Builder query, Query clause, float boost) {
		if (clause != null) {
			query.add(new BoostQuery(clause, boost), Occur.SHOULD);
		}
	}

	/**
	 * The query with every word not in the content replaced by the closest word that is
	 * (Lucene's spell checker, within a {@link TypoBudget} of its own; a word with none,
	 * or past the budget, is left out), if that finds something.
	 */
	private String suggestion(String text) throws IOException {
		List<String> words = new ArrayList<>();
		boolean changed = false;
		TypoBudget typos = new TypoBudget();
		for (String word : words(text)) {
			if (this.searcher.getIndexReader().docFreq(new Term(SearchFields.WORDS, word)) > 0) {
				words.add(word);
				continue;
			}
			changed = true;
			int edits = (word.codePointCount(0, word.length()) > MAX_FUZZY_LENGTH) ? 0 : typos.edits(word, 2);
			if (edits == 0) {
				continue;
			}
			SuggestWord[] similar = this.spelling[edits - 1].suggestSimilar(new Term(SearchFields.WORDS, word), 1,
					this.searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (similar.length > 0) {
				words.add(similar[0].string);
			}
		}
		if (!changed || words.isEmpty()) {
			return null;
		}
		String suggestion = String.join(" ", words);
		Query query = query(suggestion);
		return (query != null && this.searcher.count(this.searcher.rewrite(query)) > 0) ? suggestion : null;
	}

	private List<String> words(String text) {
		return SearchAnalysis.terms(this.analysis.words(), SearchFields.WORDS, text, SearchAnalysis.MAX_QUERY_WORDS);
	}

	private static SearchDocument normalise(SearchDocument document) {
		return new SearchDocument(document.kind(), document.slug(), nfkc(document.title()), nfkc(document.summary()),
				document.labels().stream().map(LuceneIndex::nfkc).toList(),
				document.blocks().stream().map(LuceneIndex::nfkc).toList());
	}

	private static String nfkc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	private static Document toLucene(SearchDocument source) {
		Document document = new Document();
		document.add(new StoredField(SearchFields.KIND, source.kind().name()));
		document.add(new StoredField(SearchFields.SLUG, source.slug()));
		document.add(new StringField(SearchFields.KIND_TERM, source.kind().code(), Field.Store.NO));
		document.add(new TextField(SearchFields.ABOUT, source.title(), Field.Store.NO));
		document.add(new TextField(SearchFields.ABOUT, source.summary(), Field.Store.NO));
		source.labels().forEach((label) -> document.add(new TextField(SearchFields.ABOUT, label, Field.Store.NO)));
		document.add(new TextField(SearchFields.TITLE, source.title(), Field.Store.NO));
		document.add(new TextField(SearchFields.SUMMARY, source.summary(), Field.Store.NO));
		source.labels().forEach((label) -> document.add(new TextField(SearchFields.LABELS, label, Field.Store.NO)));
		source.blocks().forEach((block) -> document.add(new TextField(SearchFields.BODY, block, Field.Store.NO)));
		List<String> all = new ArrayList<>();
		all.add(source.title());
		all.add(source.summary());
		all.addAll(source.labels());
		all.addAll(source.blocks());
		for (String value : all) {
			document.add(new TextField(SearchFields.ALL, value, Field.Store.NO));
			document.add(new TextField(SearchFields.WORDS, value, Field.Store.NO));
		}
		return document;
	}

	private static DirectSpellChecker spellChecker(int edits) {
		DirectSpellChecker spelling = new DirectSpellChecker();
		spelling.setMaxQueryLength(MAX_FUZZY_LENGTH);
		spelling.setMaxEdits(edits);
		return spelling;
	}

	/**
	 * Adds typo tolerance to each word of the query it builds that is long enough and is
	 * not a word of the content (so "night" never also finds "fight" and "tight"), for at
	 * most {@value #MAX_FUZZY_WORDS} words: more unknown words than that are not typos,
	 * and each costs an automaton, and within the query's {@link TypoBudget}, which the
	 * matching and the title's ranking share. One per query and field: it counts.
	 */
	private static final class Fuzzy extends QueryBuilder {

		private static final int MAX_FUZZY_WORDS = 3;

		private final IndexReader reader;

		private final TypoBudget typos;

		private int fuzzyWords;

		Fuzzy(Analyzer analyzer, IndexReader reader, TypoBudget typos) {
			super(analyzer);
			this.reader = reader;
			this.typos = typos;
		}

		@Override
		protected Query newTermQuery(Term term, float boost) {
			Query exact = super.newTermQuery(term, boost);
			int length = term.text().codePointCount(0, term.text().length());
			if (length < MIN_FUZZY_LENGTH || length > MAX_FUZZY_LENGTH || this.fuzzyWords >= MAX_FUZZY_WORDS
					|| inContent(term)) {
				return exact;
			}
			int edits = this.typos.edits(term.text(), (length >= TWO_EDITS_LENGTH) ? 2 : 1);
			if (edits == 0) {
				return exact;
			}
			this.fuzzyWords++;
			Query fuzzy = this.typos.fuzzy(term, edits, MAX_FUZZY_EXPANSIONS);
			return new DisjunctionMaxQuery(List.of(exact, new BoostQuery(fuzzy, 0.5f)), 0f);
		}

		private boolean inContent(Term term) {
			try {
				return this.reader.docFreq(new Term(SearchFields.ALL, term.bytes())) > 0;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * Lucene's passage scoring, computed the same way, without the hash table that
	 * {@link PassageScorer#score} allocates for every candidate sentence (a passage holds
	 * a handful of matches, so a linear look-up is cheaper). Profiling showed that
	 * allocation as the largest single cost of a search.
	 */
	private static final class LeanPassageScorer extends PassageScorer {

		@Override
		public float score(Passage passage, int contentLength) {
			int matches = passage.getNumMatches();
			BytesRef[] terms = passage.getMatchTerms();
			int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
			float score = 0;
			for (int i = 0; i < matches; i++) {
				if (seenBefore(terms, i)) {
					continue;
				}
				int inPassage = 1;
				for (int j = i + 1; j < matches; j++) {
					inPassage += terms[j].equals(terms[i]) ? 1 : 0;
				}
				score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
			}
			return score * norm(passage.getStartOffset());
		}

		private static boolean seenBefore(BytesRef[] terms, int i) {
			for (int j = 0; j < i; j++) {
				if (terms[j].equals(terms[i])) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * Lets the search read Lucene's snippets as objects (the formatter's
	 * {@link SnippetFormatter.Snippet}s), and hands the highlighter each field's text as
	 * joined once when the index was built, instead of decompressing stored fields (or
	 * joining a guide's blocks again) for every result of every search.
	 */
	private static final class Highlighter extends UnifiedHighlighter {

		private final List<StoredText> byDocId;

		private final Supplier<BreakIterator> knownBreaks;

		Highlighter(UnifiedHighlighter.Builder builder, List<StoredText> byDocId, Supplier<BreakIterator> knownBreaks) {
			super(builder);
			this.byDocId = byDocId;
			this.knownBreaks = knownBreaks;
		}

		/**
		 * The sentence breaks found when the index was built ({@link KnownBreaks}), the
		 * same as Lucene's sentence iterator split at {@link SnippetFormatter#SEPARATOR}
		 * (what it is given) finds by scanning each block again for every result.
		 */
		@Override
		protected FieldHighlighter newFieldHighlighter(String field, FieldOffsetStrategy fieldOffsetStrategy,
				BreakIterator breakIterator, PassageScorer passageScorer, int maxPassages, int maxNoHighlightPassages,
				PassageFormatter passageFormatter, Comparator<Passage> passageSortComparator) {
			return super.newFieldHighlighter(field, fieldOffsetStrategy, this.knownBreaks.get(), passageScorer,
					maxPassages, maxNoHighlightPassages, passageFormatter, passageSortComparator);
		}

		/**
		 * @return by field, one list of snippets (or {@code null}) per doc id, in the
		 * order given
		 */
		Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds) throws IOException {
			int[] passages = new int[fields.length];
			Arrays.fill(passages, PASSAGES_PER_FIELD);
			return highlightFieldsAsObjects(fields, query, docIds, passages);
		}

		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIds,
				int cacheCharsThreshold) throws IOException {
			List<CharSequence[]> values = new ArrayList<>();
			for (int doc = docIds.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIds.nextDoc()) {
				StoredText text = this.byDocId.get(doc);
				CharSequence[] perField = new CharSequence[fields.length];
				for (int f = 0; f < fields.length; f++) {
					perField[f] = text.of(fields[f]);
				}
				values.add(perField);
			}
			return values;
		}

		/**
		 * Offsets from each document's own small in-memory index instead of the main
		 * index's postings: Lucene's highlighter then reads the same terms and offsets,
		 * without seeking the whole index's term dictionary and opening a postings enum
		 * (kilobytes of buffers) for every term of every shown result.
		 */
		@Override
		protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
			if (offsetSource == OffsetSource.NONE_NEEDED) {
				return super.getOffsetStrategy(offsetSource, components);
			}
			return new FieldOffsetStrategy(components) {
				@Override
				public OffsetSource getOffsetSource() {
					return OffsetSource.POSTINGS;
				}

				@Override
				public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
					// The main index is one segment (checked when built), so docId is the
					// document's number.
					return createOffsetsEnumFromReader(Highlighter.this.byDocId.get(docId).offsets(), 0);
				}
			};
		}

	}

	/**
	 * The text of each highlighted field of one document, its values joined as Lucene's
	 * highlighter joins stored values (by {@link SnippetFormatter#SEPARATOR}), and the
	 * offsets of its words, from an in-memory index of this document alone.
	 */
	private record StoredText(String title, String summary, String labels, String body, LeafReader offsets) {

		static StoredText of(SearchDocument document, Analyzer analyzer) {
			String separator = String.valueOf(SnippetFormatter.SEPARATOR);
			String body = String.join(separator, document.blocks());
			MemoryIndex offsets = new MemoryIndex(true, false);
			offsets.addField(SearchFields.SUMMARY, document.summary(), analyzer);
			offsets.addField(SearchFields.BODY, body, analyzer);
			offsets.freeze();
			return new StoredText(document.title(), document.summary(), String.join(separator, document.labels()), body,
					(LeafReader) offsets.createSearcher().getIndexReader());
		}

		String of(String field) {
			return switch (field) {
				case SearchFields.TITLE -> this.title;
				case SearchFields.SUMMARY -> this.summary;
				case SearchFields.LABELS -> this.labels;
				case SearchFields.BODY -> this.body;
				default -> throw new IllegalArgumentException("No stored text for field " + field);
			};
		}

	}

}
