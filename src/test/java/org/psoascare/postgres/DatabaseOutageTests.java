package org.psoascare.postgres;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.psoascare.TestHttp;
import org.psoascare.web.SiteCrawler;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * With its PostgreSQL stopped, an instance that has just started (no visitor yet) still
 * serves every page of the site, search and the checklist, and stays ready: every page
 * was rendered at start-up. A request that truly needs the database gets a 503 with
 * Retry-After. This test has its own PostgreSQL server, so that it can stop it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DatabaseOutageTests.NeedsTheDatabase.class)
class DatabaseOutageTests {

	static EmbeddedPostgres postgres;

	static String url;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		url = postgres.getJdbcUrl("postgres", "postgres");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void everyPageIsServedFromMemoryWhileTheDatabaseIsDown() throws Exception {
		List<String> guides = this.jdbc.queryForList("select slug from guide", String.class);
		List<String> stretches = this.jdbc.queryForList("select slug from stretch", String.class);
		List<String> routines = this.jdbc.queryForList("select slug from routine", String.class);

		postgres.close();
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close());

		SiteCrawler site = new SiteCrawler(this.port).crawl();
		assertThat(site.broken()).isEmpty();
		assertThat(site.pages()).contains("/", "/guides", "/stretches", "/routines", "/checklist");
		for (String slug : guides) {
			assertThat(site.get("/guides/" + slug).statusCode()).as(slug).isEqualTo(200);
		}
		for (String slug : stretches) {
			assertThat(site.get("/stretches/" + slug).statusCode()).as(slug).isEqualTo(200);
		}
		for (String slug : routines) {
			assertThat(site.get("/routines/" + slug).statusCode()).as(slug).isEqualTo(200);
		}
		assertThat(site.get("/stretches?target=core&kind=strengthening").statusCode()).isEqualTo(200);
		assertThat(site.get("/guides/no-such-guide").statusCode()).isEqualTo(404);
		assertThat(site.get("/search?q=sciatica").body()).contains("/guides/sciatica");

		TestHttp client = TestHttp.on(this.port);
		HttpResponse<String> result = client.send(client.request("/checklist")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("answer=fever"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(site.get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");

		HttpResponse<String> needs = client.send(
				client.request("/test/needs-the-database").timeout(Duration.ofSeconds(20)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(needs.statusCode()).isEqualTo(503);
		assertThat(needs.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(needs.body()).contains("<html");
	}

	/** Stands for a feature that reads the database per request. */
	@TestConfiguration
	@RestController
	static class NeedsTheDatabase {

		private final JdbcTemplate jdbc;

		NeedsTheDatabase(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/test/needs-the-database")
		@ResponseBody
		String count() {
			return String.valueOf(this.jdbc.queryForObject("select count(*) from guide", Integer.class));
		}

	}

}
