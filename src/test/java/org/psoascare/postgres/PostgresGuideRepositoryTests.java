package org.psoascare.postgres;

import org.psoascare.guide.GuideRepositoryTests;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link GuideRepositoryTests}, every case, against real PostgreSQL instead of H2. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgresGuideRepositoryTests extends GuideRepositoryTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String url = EmbeddedPostgresServer.newDatabaseUrl();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
	}

}
