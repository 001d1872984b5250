package org.psoascare.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.psoascare.TestHttp;
import org.psoascare.PsoasCareApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On shutdown the instance first goes not-ready while it keeps serving, answering with
 * Connection: close, so a request sent on an idle kept-alive connection is answered, not
 * dropped; only after the drain period does it stop.
 */
class DrainTests {

	@Test
	void notReadyFirstWhileStillServingThenStops() throws Exception {
		CountDownLatch refusing = new CountDownLatch(1);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PsoasCareApplication.class)
			.web(WebApplicationType.SERVLET)
			.listeners((ApplicationListener<AvailabilityChangeEvent<?>>) (event) -> {
				if (event.getState() == ReadinessState.REFUSING_TRAFFIC) {
					refusing.countDown();
				}
			})
			.run("--server.port=0", "--psoascare.drain-period=5s");
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		try (RawHttp keptAlive = RawHttp.open(port, Duration.ofSeconds(20))) {
			String first = exchange(keptAlive, "/guides/psoas");
			assertThat(first).startsWith("HTTP/1.1 200 ").doesNotContainIgnoringCase("connection: close");

			CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
			assertThat(refusing.await(20, TimeUnit.SECONDS)).isTrue();

			HttpResponse<String> readiness = TestHttp.on(port).get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(closing).isNotDone();

			String second = exchange(keptAlive, "/guides/sciatica");
			assertThat(second).startsWith("HTTP/1.1 200 ").containsIgnoringCase("connection: close");

			closing.get(60, TimeUnit.SECONDS);
			assertThat(context.isActive()).isFalse();
		}
		finally {
			context.close();
		}
	}

	/**
	 * Sends one GET on the connection and reads its whole answer (the length is known).
	 */
	private static String exchange(RawHttp connection, String path) throws IOException {
		return connection.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").readHead();
	}

}
