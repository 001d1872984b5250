package org.psoascare.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void splitsIntoLowerCaseWordsWithoutRepeats() {
		SearchQuery query = SearchQuery.of("  Psoas, PSOAS & hip-flexors!  ");

		assertThat(query.text()).isEqualTo("Psoas, PSOAS & hip-flexors!");
		assertThat(query.terms()).containsExactly("psoas", "hip", "flexors");
		assertThat(query.shortened()).isFalse();
	}

	@Test
	void capsLongQueriesWithoutSplittingACharacter() {
		SearchQuery query = SearchQuery.of("😀".repeat(150));

		assertThat(query.shortened()).isTrue();
		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(query.hasTerms()).isFalse();
	}

	@Test
	void keepsAtMostEightWords() {
		assertThat(SearchQuery.of("a b c d e f g h i j").terms()).hasSize(8);
	}

	@Test
	void missingOrBlankQueriesAreBlank() {
		assertThat(SearchQuery.of(null).isBlank()).isTrue();
		assertThat(SearchQuery.of("   ").isBlank()).isTrue();
		assertThat(SearchQuery.of("%_'\"").hasTerms()).isFalse();
	}

	@Test
	void canonicallyEqualSpellingsAreTheSameQuery() {
		SearchQuery composed = SearchQuery.of("psoás caf\u00e9");
		SearchQuery decomposed = SearchQuery.of("psoa\u0301s cafe\u0301");

		assertThat(decomposed).isEqualTo(composed);
		assertThat(decomposed.terms()).containsExactly("pso\u00e1s", "caf\u00e9");
	}

	@Test
	void bidiControlsAreDroppedAndTheTextIsShownIsolated() {
		SearchQuery query = SearchQuery.of("\u2069\u202e\u0644 sciatica\u202c\u2066");

		assertThat(query.text()).isEqualTo("\u0644 sciatica");
		assertThat(query.isolated()).isEqualTo("\u2068\u0644 sciatica\u2069");
		assertThat(query.terms()).containsExactly("\u0644", "sciatica");
	}

}
