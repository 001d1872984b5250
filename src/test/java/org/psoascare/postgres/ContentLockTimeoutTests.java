package org.psoascare.postgres;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psoascare.PsoasCareApplication;
import org.psoascare.content.ContentLoader;
import org.psoascare.content.ContentLockTimeoutException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An instance frozen while it holds the content lock must not block every other start for
 * ever: a loader waits at most its lock timeout, and its own loading session is ended by
 * PostgreSQL if it sits idle in its transaction.
 */
class ContentLockTimeoutTests {

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void start() {
		app = new SpringApplicationBuilder(PsoasCareApplication.class).run(
				"--spring.datasource.url=" + EmbeddedPostgresServer.newDatabaseUrl(),
				"--spring.datasource.username=postgres", "--server.port=0", "--psoascare.content.lock-timeout=1s",
				"--psoascare.content.idle-timeout=45s");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void aLoadGivesUpWithAPlainMessageWhenAnotherSessionHoldsTheLock() throws Exception {
		ContentLoader loader = app.getBean(ContentLoader.class);
		try (Connection frozen = app.getBean(DataSource.class).getConnection()) {
			frozen.setAutoCommit(false);
			try (Statement statement = frozen.createStatement()) {
				statement.executeQuery("select id from content_lock where id = 1 for update").close();
			}

			assertThatExceptionOfType(ContentLockTimeoutException.class).isThrownBy(loader::load)
				.withMessageContaining("held the content lock for more than 1 s");

			frozen.rollback();
		}
		assertThat(loader.load().counts()).isNotEmpty();
	}

	@Test
	void connectionsToPostgresAskForTcpKeepalives() throws Exception {
		HikariDataSource pool = (HikariDataSource) app.getBean(DataSource.class);

		assertThat(pool.getDataSourceProperties()).containsEntry("tcpKeepAlive", "true");
		try (Connection connection = pool.getConnection()) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	@Test
	void theLoadingSessionIsEndedIfItSitsIdleInItsTransaction() {
		TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

		String idleTimeout = transaction.execute((status) -> {
			app.getBean(ContentLoader.class).load();
			return jdbc.queryForObject("show idle_in_transaction_session_timeout", String.class);
		});

		assertThat(idleTimeout).isEqualTo("45s");
		assertThat(jdbc.queryForObject("show idle_in_transaction_session_timeout", String.class))
			.as("set for the loading transaction only")
			.isEqualTo("0");
	}

}
