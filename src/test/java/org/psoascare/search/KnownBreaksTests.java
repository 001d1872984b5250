package org.psoascare.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Breaks found once give the same answers as the sentence iterator they were found with,
 * at and around every break of every text that snippets come from, and at many offsets
 * between.
 */
@SpringBootTest
class KnownBreaksTests {

	@Autowired
	SearchSources sources;

	@Test
	void answerAsTheSentenceIteratorDoesAtAndAroundEveryBreak() {
		List<String> texts = new ArrayList<>();
		for (SearchDocument document : this.sources.documents()) {
			texts.add(document.summary());
			texts.add(String.join(String.valueOf(SnippetFormatter.SEPARATOR), document.blocks()));
		}
		texts.addAll(List.of("", "One.", "One. Two?\u0000Three", "\u0000\u0000a"));
		BreakIterator known = KnownBreaks.of(texts, LuceneIndex::sentences).get();
		BreakIterator sentences = LuceneIndex.sentences();
		for (String text : texts) {
			known.setText(text);
			sentences.setText(text);
			for (int offset : offsets(text)) {
				assertThat(known.preceding(offset)).as("preceding(%d)", offset).isEqualTo(sentences.preceding(offset));
				assertThat(known.current()).isEqualTo(sentences.current());
				assertThat(known.following(offset)).as("following(%d)", offset).isEqualTo(sentences.following(offset));
				assertThat(known.current()).isEqualTo(sentences.current());
			}
			assertThat(known.first()).isEqualTo(sentences.first());
			for (int offset = known.next(); offset != BreakIterator.DONE; offset = known.next()) {
				assertThat(offset).isEqualTo(sentences.next());
			}
			assertThat(sentences.next()).isEqualTo(BreakIterator.DONE);
			assertThat(known.getText().getEndIndex()).isEqualTo(text.length());
		}
	}

	/** Every seventh offset, and each break, the one before and the one after. */
	private static Set<Integer> offsets(String text) {
		Set<Integer> offsets = new TreeSet<>();
		for (int offset = 0; offset <= text.length(); offset += 7) {
			offsets.add(offset);
		}
		BreakIterator sentences = LuceneIndex.sentences();
		sentences.setText(text);
		for (int offset = sentences.first(); offset != BreakIterator.DONE; offset = sentences.next()) {
			for (int near = Math.max(0, offset - 1); near <= Math.min(text.length(), offset + 1); near++) {
				offsets.add(near);
			}
		}
		offsets.add(text.length());
		return offsets;
	}

	@Test
	void aTextNotKnownIsBrokenWhenSet() {
		BreakIterator known = KnownBreaks.of(List.of(), LuceneIndex::sentences).get();
		known.setText(new String("First sentence. Second one."));
		assertThat(known.following(3)).isEqualTo(16);
		assertThat(known.preceding(20)).isEqualTo(16);
	}

}
