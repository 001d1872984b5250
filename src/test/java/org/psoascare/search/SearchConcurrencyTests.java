package org.psoascare.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches at once from several threads find and highlight what the same searches one at
 * a time do: what the index prepared for snippets (each document's in-memory index of
 * offsets, its sentence breaks) is shared by every search.
 */
@SpringBootTest
class SearchConcurrencyTests {

	private static final List<String> QUERIES = List.of("stretch", "psoas", "back pain at night", "siatica",
			"hip flexors", "figure four", "sciatica", "thomsa", "breathing", "lower back");

	@Autowired
	SearchIndex index;

	@Test
	void concurrentSearchesGiveTheSameResultsAsOneAtATime() throws Exception {
		List<SearchResults> alone = QUERIES.stream().map((query) -> this.index.search(SearchQuery.of(query))).toList();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Boolean>> tasks = new ArrayList<>();
			for (int task = 0; task < 8; task++) {
				int offset = task;
				tasks.add(() -> {
					for (int i = 0; i < 200; i++) {
						int q = (i + offset) % QUERIES.size();
						if (!this.index.search(SearchQuery.of(QUERIES.get(q))).equals(alone.get(q))) {
							return false;
						}
					}
					return true;
				});
			}
			for (Future<Boolean> result : threads.invokeAll(tasks)) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			threads.shutdown();
		}
	}

}
