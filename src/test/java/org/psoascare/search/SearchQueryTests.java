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

}
