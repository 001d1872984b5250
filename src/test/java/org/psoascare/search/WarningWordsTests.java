package org.psoascare.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The warning word lists from content, over the index's own analysis. */
class WarningWordsTests {

	private static final List<ContentFile> LISTS = new ContentSource("classpath:content/")
		.files(SearchIndex.WARNING_WORDS_FOLDER, "txt");

	private final WarningWords words = WarningWords.of(SearchAnalysis.of(List.of()).english(), LISTS);

	@Test
	void everyListedWordIsFoundInAQueryWhateverItsCaseOrEnding() {
		List<String> listed = LISTS.stream()
			.flatMap((file) -> file.text().lines())
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();

		assertThat(listed).isNotEmpty();
		assertThat(this.words.size()).isPositive();
		for (String word : listed) {
			assertThat(this.words.mentionedIn(SearchQuery.of("my back and " + word.toUpperCase()))).as(word).isTrue();
		}
		assertThat(this.words.mentionedIn(SearchQuery.of("it leaks"))).as("another ending of leaking").isTrue();
	}

	@Test
	void aSynonymOrAPartOfAWordIsNotAWarningWord() {
		for (String query : new String[] { "psoas stretch", "hip flexor", "sitting at a desk", "pinstripe", "numbat",
				"buttock" }) {
			assertThat(this.words.mentionedIn(SearchQuery.of(query))).as(query).isFalse();
		}
	}

	@Test
	void noListsMeansNoWarningWords() {
		WarningWords none = WarningWords.of(SearchAnalysis.of(List.of()).english(), List.of());

		assertThat(none.size()).isZero();
		assertThat(none.mentionedIn(SearchQuery.of("numb groin"))).isFalse();
	}

}
