package org.psoascare.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.psoascare.content.ContentException;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The analyzers and the synonym list, without the application. */
class SearchAnalysisTests {

	private static final SearchAnalysis REAL = SearchAnalysis
		.of(new ContentSource("classpath:content/").files(SearchIndex.SYNONYMS_FOLDER, "txt"));

	@Test
	void stemsAndDropsStopWordsAndPossessives() throws IOException {
		assertThat(terms(REAL.english(), "The psoas's hip flexors at night")).containsExactly("psoa", "hip", "flexor",
				"night");
		assertThat(terms(REAL.english(), "hip flexor")).isEqualTo(terms(REAL.english(), "hip flexors"));
		assertThat(terms(REAL.english(), "a at the of")).isEmpty();
	}

	@Test
	void theRealSynonymListJoinsLayAndClinicalWords() throws IOException {
		assertThat(terms(REAL.englishWithSynonyms(), "sciatic")).contains("sciatic", "sciatica");
		assertThat(terms(REAL.englishWithSynonyms(), "lumbar")).contains("lower", "back");
		assertThat(terms(REAL.englishWithSynonyms(), "hip flexors")).contains("psoa", "iliopsoa");
		assertThat(terms(REAL.englishWithSynonyms(), "figure four")).contains("4");
		assertThat(terms(REAL.englishWithSynonyms(), "buttock")).contains("piriformi");
		assertThat(terms(REAL.englishQuery(), "sciatic")).containsExactly("sciatic");
	}

	@Test
	void clinicalWordsFromLettersLeadToTheLayWordsOurPagesUse() throws IOException {
		assertThat(terms(REAL.englishWithSynonyms(), "gluteal")).contains("buttock");
		assertThat(terms(REAL.englishWithSynonyms(), "sacral")).contains("pelvi");
		assertThat(terms(REAL.englishWithSynonyms(), "coccyx")).contains("tailbon");
		assertThat(terms(REAL.englishWithSynonyms(), "thoracic")).contains("upper", "shoulder", "blade");
		assertThat(terms(REAL.englishWithSynonyms(), "radiculopathy")).contains("sciatica");
		assertThat(terms(REAL.englishWithSynonyms(), "disc herniation")).contains("slip");
		assertThat(terms(REAL.englishWithSynonyms(), "paraesthesia")).contains("tingl", "numb");
		assertThat(terms(REAL.englishWithSynonyms(), "abdominal")).contains("tummi");
		assertThat(terms(REAL.englishWithSynonyms(), "lumbago")).contains("low", "back", "pain");
		assertThat(terms(REAL.englishWithSynonyms(), "inguinal")).contains("groin");
	}

	@Test
	void usesAtMostEightWordsOfAQuery() throws IOException {
		assertThat(terms(REAL.englishQuery(), "one two three four five six seven eight nine ten")).hasSize(8);
	}

	@Test
	void aSynonymLineWithAStopWordIsRefusedNamingTheFile() {
		assertThatExceptionOfType(ContentException.class).isThrownBy(
				() -> SearchAnalysis.of(List.of(new ContentFile("search/synonyms.txt", "knee to chest, knee hug\n"))))
			.withMessageContaining("search/synonyms.txt")
			.withMessageContaining("stop words");
	}

	@Test
	void noSynonymFilesMeansNoSynonyms() throws IOException {
		SearchAnalysis none = SearchAnalysis.of(List.of());

		assertThat(terms(none.englishWithSynonyms(), "sciatic")).containsExactly("sciatic");
	}

	private static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("all", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

}
