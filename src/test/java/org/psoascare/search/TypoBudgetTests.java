package org.psoascare.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One query buys typo tolerance within a budget of letter-edits, and what it buys for a
 * word is built once and finds what Lucene's own typo query finds, in every field.
 */
class TypoBudgetTests {

	@Test
	void everydayTyposKeepTheirTolerance() {
		TypoBudget typos = new TypoBudget();

		assertThat(typos.edits("pirifromis", 2)).isEqualTo(2);
		assertThat(typos.edits("strech", 1)).isEqualTo(1);
		assertThat(typos.edits("zzzzqqq", 1)).isEqualTo(1);
	}

	@Test
	void longUnknownWordsBuyLessThenNothingOnceTheBudgetIsSpent() {
		TypoBudget typos = new TypoBudget();
		String twenty = "qwertyuiopasdfghjklz";

		int first = typos.edits(twenty, 2);
		int second = typos.edits("zxcvbnmlkjhgfdsapoiu", 2);
		int third = typos.edits("mnbvcxzlkjhgfdsapoiq", 2);
		int fourth = typos.edits("plokmijnuhbygvtfcrdx", 2);

		assertThat(first).as("20 letters cannot have two edits: 80 letter-edits").isEqualTo(1);
		assertThat(List.of(first, second, third, fourth)).containsExactly(1, 1, 1, 0);
		int spent = 20 * (first * first + second * second + third * third + fourth * fourth);
		assertThat(spent).isLessThanOrEqualTo(TypoBudget.LETTER_EDITS);
	}

	@Test
	void aWordAskedForAgainIsChargedOnceAndGetsTheSameAnswer() {
		TypoBudget typos = new TypoBudget();

		assertThat(typos.edits("pirifromis", 2)).isEqualTo(2);
		assertThat(typos.edits("pirifromis", 2)).isEqualTo(2);
		assertThat(typos.edits("hamstrng", 2)).as("64 - 40 = 24 letter-edits left: one edit").isEqualTo(1);
	}

	@Test
	void sharedAutomataFindWhatLucenesOwnTypoQueryFindsInEachField() throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (String[] fields : new String[][] { { "piriformis stretch", "piriformis pyriformis piriformes" },
					{ "hamstring", "hamstrings hamstring piriform" }, { "psoas", "piriformis" } }) {
				Document document = new Document();
				document.add(new TextField("title", fields[0], Field.Store.NO));
				document.add(new TextField("all", fields[1], Field.Store.NO));
				writer.addDocument(document);
			}
		}
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			TypoBudget typos = new TypoBudget();
			// The wider field first: its rewrite leaves a competitive bound behind that
			// must not narrow the next one.
			for (String field : new String[] { "all", "title", "all", "title" }) {
				Term term = new Term(field, "pirifromis");
				assertThat(searcher.rewrite(typos.fuzzy(term, 2, 2)))
					.isEqualTo(searcher.rewrite(new FuzzyQuery(term, 2, 0, 2, true)));
				assertThat(searcher.rewrite(typos.fuzzy(term, 2, 10)))
					.isEqualTo(searcher.rewrite(new FuzzyQuery(term, 2, 0, 10, true)));
			}
		}
	}

}
