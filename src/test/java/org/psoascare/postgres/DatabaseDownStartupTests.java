package org.psoascare.postgres;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoascare.PsoasCareApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starting while the database is down: Flyway retries, then start-up fails with one plain
 * report and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseDownStartupTests {

	@Test
	void startingWithTheDatabaseDownRetriesThenFailsWithOnePlainReport(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/psoascare";

		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(PsoasCareApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0",
				"--spring.datasource.hikari.pool-name=down", "--spring.flyway.connect-retries=2",
				"--spring.flyway.connect-retries-interval=1"));

		String log = output.getAll();
		assertThat(log)
			.contains("APPLICATION FAILED TO START", "Could not reach the database, after retrying:",
					"spring.flyway.connect-retries")
			.doesNotContain("\tat ", "Application run failed");
		assertThat(log.split("Retrying in ", -1)).as("two retries, each one calm line").hasSize(3);
	}

}
