package org.psoascare.stretch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routine summaries cost a fixed number of queries, however many routines there are: the
 * routines with their steps, then every stretch they name (it was 1 + 2 per routine).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class StretchCatalogQueryCountTests {

	@Autowired
	StretchCatalog catalog;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void everyRoutinesSummaryTakesTwoQueries() throws IOException {
		long routineFiles = routineFiles();
		assertThat(routineFiles).as("routines to read; with one, an N+1 could not show").isGreaterThan(1);
		Statistics statistics = statistics();

		List<RoutineSummary> routines = this.catalog.routines();

		assertThat(routines).hasSize((int) routineFiles);
		assertThat(routines).allSatisfy((routine) -> assertThat(routine.totalSeconds()).isPositive());
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
	}

	@Test
	void namedRoutinesTakeTwoQueriesToo() {
		List<String> slugs = new ArrayList<>(this.catalog.routines().stream().map(RoutineSummary::slug).toList());
		Collections.reverse(slugs);
		Statistics statistics = statistics();

		List<RoutineSummary> named = this.catalog.routines(slugs);

		assertThat(named).extracting(RoutineSummary::slug).containsExactlyElementsOf(slugs);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
	}

	private Statistics statistics() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		return statistics;
	}

	private static long routineFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/content/routines"))) {
			return files.filter((file) -> file.toString().endsWith(".yaml")).count();
		}
	}

}
