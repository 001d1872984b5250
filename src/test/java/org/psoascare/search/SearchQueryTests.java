package org.psoascare.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void keepsWhatWasTypedForShowingAndLowerCasesItForSearching() {
		SearchQuery query = SearchQuery.of("  Psoas, PSOAS & hip-flexors!  ");

		assertThat(query.text()).isEqualTo("Psoas, PSOAS & hip-flexors!");
		assertThat(query.forAnalysis()).isEqualTo("psoas, psoas & hip-flexors!");
		assertThat(query.hasWords()).isTrue();
		assertThat(query.shortened()).isFalse();
	}

	@Test
	void normalisesToNfkcSoEveryWayOfWritingACharacterIsOneQuery() {
		assertThat(SearchQuery.of("e\u0301").text()).isEqualTo("\u00e9").isEqualTo(SearchQuery.of("\u00e9").text());
		assertThat(SearchQuery.of("\uFF50\uFF53\uFF4F\uFF41\uFF53").text()).isEqualTo("psoas");
		assertThat(SearchQuery.of("\uFB01t").text()).isEqualTo("fit");
	}

	@Test
	void dropsBidiControlsAndShowsTheRestIsolated() {
		SearchQuery query = SearchQuery.of("\u2069\u202Eesrow gnitteg niap\u202C\u2066");

		assertThat(query.forAnalysis()).isEqualTo("esrow gnitteg niap");
		assertThat(query.text()).isEqualTo("esrow gnitteg niap");
		assertThat(query.isolated()).isEqualTo("\u2068esrow gnitteg niap\u2069");
	}

	@Test
	void capsLongQueriesWithoutSplittingACharacter() {
		SearchQuery query = SearchQuery.of("😀".repeat(150));

		assertThat(query.shortened()).isTrue();
		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(query.hasWords()).isFalse();
	}

	@Test
	void missingOrBlankQueriesAreBlank() {
		assertThat(SearchQuery.of(null).isBlank()).isTrue();
		assertThat(SearchQuery.of("   ").isBlank()).isTrue();
		assertThat(SearchQuery.of("%_'\"").hasWords()).isFalse();
		assertThat(SearchQuery.of("%_'\"").isBlank()).isFalse();
	}

	@Test
	void controlCharactersNeverReachThePageAndWhiteSpaceOnesSeparateWords() {
		assertThat(SearchQuery.of("sci\u0000atica\u0001\u001F\u007F\u0085").text()).isEqualTo("sciatica");
		assertThat(SearchQuery.of("back\tpain\r\nnight").text()).isEqualTo("back pain  night");
		assertThat(SearchQuery.of("\u0000\u0007").isBlank()).isTrue();
		assertThat(SearchQuery.of("a\u0000b").text()).doesNotContainPattern("\\p{Cc}");
	}

}
