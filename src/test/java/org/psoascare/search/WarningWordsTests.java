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

	private static final SearchAnalysis ANALYSIS = SearchAnalysis.of(List.of());

	private final WarningWords words = WarningWords.of(ANALYSIS.english(), ANALYSIS.words(), LISTS);

	private boolean mentioned(String typed) {
		return this.words.mentionedIn(SearchQuery.of(typed).forAnalysis());
	}

	@Test
	void everyListedWordOrPhraseIsFoundInAQueryWhateverItsCase() {
		List<String> listed = LISTS.stream()
			.flatMap((file) -> file.text().lines())
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();

		assertThat(listed).isNotEmpty();
		assertThat(this.words.size()).isPositive();
		for (String entry : listed) {
			assertThat(mentioned("my back and " + entry.toUpperCase())).as(entry).isTrue();
		}
	}

	@Test
	void otherEndingsPhrasesAndSmallMisspellingsOfLongWordsAreFound() {
		for (String typed : new String[] { "it leaks", "sciatica in both legs", "legs keep giving way",
				"i cant walk properly", "numbess", "nummness in my bum", "weekness in leg", "errection problems",
				"incontinance", "chest and back pain", "pain in chest" }) {
			assertThat(mentioned(typed)).as(typed).isTrue();
		}
	}

	@Test
	void ordinaryWordsNearAShortWarningWordOrPartOfOneAreNot() {
		for (String typed : new String[] { "psoas stretch", "hip flexor", "sitting at a desk", "pinstripe", "numbat",
				"buttock", "never", "towel stretch", "desk break", "walking", "legs up the wall", "sleeping position",
				"knee to chest stretch" }) {
			assertThat(mentioned(typed)).as(typed).isFalse();
		}
	}

	@Test
	void noListsMeansNoWarningWords() {
		WarningWords none = WarningWords.of(ANALYSIS.english(), ANALYSIS.words(), List.of());

		assertThat(none.size()).isZero();
		assertThat(none.mentionedIn("numb groin")).isFalse();
	}

}
