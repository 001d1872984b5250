package org.psoascare.postgres;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.psoascare.TestHttp;
import org.psoascare.PsoasCareApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application (each a web server on its own port) start at the same
 * moment against one empty PostgreSQL database: both migrate and load content, neither
 * fails, and exactly one copy of each row results. Both serve the same checklist, though
 * only one of them wrote its rows: each builds it from the files it parsed.
 */
class ConcurrentStartupTests {

	@Test
	void twoInstancesStartingTogetherLeaveExactlyOneCopyOfTheContent() throws Exception {
		String url = EmbeddedPostgresServer.newDatabaseUrl();
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			starts.add(pool.submit(() -> {
				together.await(30, TimeUnit.SECONDS);
				return new SpringApplicationBuilder(PsoasCareApplication.class)
					.properties(Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
							"server.port", "0"))
					.run();
			}));
		}
		List<ConfigurableApplicationContext> instances = new ArrayList<>();
		try {
			for (Future<ConfigurableApplicationContext> start : starts) {
				instances.add(start.get(120, TimeUnit.SECONDS));
			}
			JdbcTemplate jdbc = instances.get(0).getBean(JdbcTemplate.class);
			assertThat(count(jdbc, "guide")).isEqualTo(files("content/guides"));
			assertThat(count(jdbc, "stretch")).isEqualTo(files("content/stretches"));
			assertThat(count(jdbc, "routine")).isEqualTo(files("content/routines"));
			assertThat(count(jdbc, "checklist_question_group")).isEqualTo(files("content/checklist/questions"));
			assertThat(count(jdbc, "checklist_rule")).isEqualTo(files("content/checklist/rules"));
			assertThat(jdbc.queryForObject("select count(distinct slug) from guide", Integer.class))
				.isEqualTo(files("content/guides"));
			assertThat(jdbc.queryForObject("select count(*) from guide_source", Integer.class)).isPositive();
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
				.isEqualTo(files("db/migration"));
			assertThat(checklist(instances.get(0), "GET", "")).contains("fieldset")
				.isEqualTo(checklist(instances.get(1), "GET", ""));
			String answers = "answer=pain-one-leg&answer=worse-sitting&duration=duration-under-6-weeks&age=42";
			assertThat(checklist(instances.get(0), "POST", answers)).contains("data-disposition")
				.isEqualTo(checklist(instances.get(1), "POST", answers));
		}
		finally {
			instances.forEach(ConfigurableApplicationContext::close);
			pool.shutdownNow();
		}
	}

	/** How many files the project has in a folder of src/main/resources. */
	private static int files(String folder) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources", folder))) {
			return (int) files.filter(Files::isRegularFile).count();
		}
	}

	/** The checklist page one instance serves, sent a form body. */
	private static String checklist(ConfigurableApplicationContext instance, String method, String body)
			throws IOException, InterruptedException {
		TestHttp http = TestHttp.on(instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
		HttpResponse<String> response = http.send(method, "/checklist", "application/x-www-form-urlencoded", body);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static int count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
