package org.psoascare.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.psoascare.content.RealContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of search over the real content, checked on every title, every word of the
 * content and seeded random queries built from them.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPropertyTests {

	private static final long SEED = 15L;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchSources sources;

	private List<SearchDocument> documents;

	private List<String> queries;

	@BeforeAll
	void readContent() {
		this.documents = this.sources.documents();
		Set<String> words = new LinkedHashSet<>();
		for (SearchDocument document : this.documents) {
			for (String text : texts(document)) {
				for (String word : text.split("[^\\p{L}\\p{N}'’-]+")) {
					if (!word.isBlank()) {
						words.add(word);
					}
				}
			}
		}
		List<String> all = new ArrayList<>(words);
		Random random = new Random(SEED);
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < all.size(); i += Math.max(1, all.size() / 300)) {
			queries.add(all.get(i));
		}
		this.documents.forEach((document) -> queries.add(document.title()));
		for (int i = 0; i < 200; i++) {
			int length = 2 + random.nextInt(4);
			List<String> picked = new ArrayList<>();
			for (int w = 0; w < length; w++) {
				picked.add(all.get(random.nextInt(all.size())));
			}
			queries.add(String.join(" ", picked));
		}
		queries.addAll(List.of("back pain at night", "hip", "what", "relationship", "that at", "hip flexors", "siatica",
				"figure four", "psoas's", "knee-to-chest", "cat-cow", "L4", "figure-4"));
		this.queries = queries;
	}

	private static List<String> texts(SearchDocument document) {
		List<String> texts = new ArrayList<>();
		texts.add(document.title());
		texts.add(document.summary());
		texts.addAll(document.labels());
		texts.addAll(document.blocks());
		return texts;
	}

	@Test
	void everyGuideStretchAndRoutineIsFoundFirstByItsOwnTitle() {
		assertThat(this.documents)
			.hasSizeGreaterThanOrEqualTo(RealContent.guides() + RealContent.stretches() + RealContent.routines());
		for (SearchDocument document : this.documents) {
			List<SearchHit> hits = this.index.search(SearchQuery.of(document.title())).hits();
			assertThat(hits).as("results for the title '%s'", document.title()).isNotEmpty();
			assertThat(hits.get(0).path()).as("first result for the title '%s'", document.title())
				.isEqualTo(new SearchHit(document.kind(), document.slug(), document.title(), List.of()).path());
		}
	}

	@Test
	void noMarkEverStartsOrEndsInsideAWord() {
		int marks = 0;
		for (String query : this.queries) {
			for (SearchHit hit : allHits(query)) {
				List<SearchHit.Part> parts = hit.snippet();
				for (int i = 0; i < parts.size(); i++) {
					SearchHit.Part part = parts.get(i);
					if (!part.match()) {
						continue;
					}
					marks++;
					String context = "'" + query + "' in " + hit.path() + ": " + parts;
					assertThat(part.text()).as(context).isNotBlank();
					assertThat(isWordCharacter(part.text().codePointAt(0))).as(context).isTrue();
					assertThat(isWordCharacter(part.text().codePointBefore(part.text().length()))).as(context).isTrue();
					if (i > 0 && !parts.get(i - 1).text().isEmpty()) {
						String before = parts.get(i - 1).text();
						assertThat(isWordCharacter(before.codePointBefore(before.length()))).as(context).isFalse();
					}
					if (i + 1 < parts.size() && !parts.get(i + 1).text().isEmpty()) {
						assertThat(isWordCharacter(parts.get(i + 1).text().codePointAt(0))).as(context).isFalse();
					}
				}
			}
		}
		assertThat(marks).as("marks checked").isGreaterThan(500);
	}

	@Test
	void nfcAndNfdFormsOfAQueryGiveTheSameResults() {
		List<String> accented = new ArrayList<>();
		for (int i = 0; i < this.queries.size(); i++) {
			String query = this.queries.get(i);
			accented.add(query);
			if (i % 10 == 0) {
				accented.add(query + " café");
				accented.add("naïve " + query);
			}
		}
		accented.addAll(List.of("é", "ç", "Å", "ñandú", "résumé", "ﬁgure four", "ｐｓｏａｓ"));
		int found = 0;
		for (String query : accented) {
			SearchResults nfc = this.index.search(SearchQuery.of(Normalizer.normalize(query, Normalizer.Form.NFC)));
			SearchResults nfd = this.index.search(SearchQuery.of(Normalizer.normalize(query, Normalizer.Form.NFD)));
			assertThat(nfd).as(query).isEqualTo(nfc);
			found += nfc.isEmpty() ? 0 : 1;
		}
		assertThat(found).as("queries that found something").isGreaterThan(this.queries.size() / 2);
	}

	@Test
	void snippetsNeverRunTwoBlocksTogether() {
		for (String query : this.queries) {
			for (SearchHit hit : allHits(query)) {
				String snippet = hit.snippet().stream().map(SearchHit.Part::text).reduce("", String::concat);
				SearchDocument document = this.documents.stream()
					.filter((d) -> d.kind() == hit.kind() && d.slug().equals(hit.slug()))
					.findFirst()
					.orElseThrow();
				String plain = snippet.replace("\u2026", "").strip();
				assertThat(texts(document).stream().anyMatch((text) -> text.contains(plain)))
					.as("'%s' in %s: snippet '%s' lies within one block", query, hit.path(), plain)
					.isTrue();
			}
		}
	}

	@Test
	void oddQueriesNeverFail() {
		Random random = new Random(SEED);
		for (int i = 0; i < 300; i++) {
			StringBuilder query = new StringBuilder();
			int length = random.nextInt(120);
			for (int c = 0; c < length; c++) {
				int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x3000) : 'a' + random.nextInt(26);
				if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
					query.appendCodePoint(codePoint);
				}
			}
			assertThat(this.index.search(SearchQuery.of(query.toString()))).isNotNull();
		}
	}

	/** Every page of results, to check every snippet. */
	private List<SearchHit> allHits(String query) {
		List<SearchHit> hits = new ArrayList<>();
		SearchResults page = this.index.search(SearchQuery.of(query), 1);
		hits.addAll(page.hits());
		while (page.hasNext()) {
			page = this.index.search(SearchQuery.of(query), page.page() + 1);
			hits.addAll(page.hits());
		}
		return hits;
	}

	private static boolean isWordCharacter(int codePoint) {
		return Character.isLetterOrDigit(codePoint);
	}

}
