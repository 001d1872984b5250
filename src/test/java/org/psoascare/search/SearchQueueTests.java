package org.psoascare.search;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.psoascare.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search that finds every search worker busy and the queue full is refused at once,
 * with the site's 503 page and {@code Retry-After}, and pages that need no search are
 * served meanwhile; over real HTTP, with one worker and no queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchQueueTests {

	@LocalServerPort
	int port;

	@Autowired
	SearchWorkers workers;

	private final TestHttp http = new TestHttp(() -> this.port);

	private final ExecutorService holder = Executors.newSingleThreadExecutor();

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stop() {
		this.release.countDown();
		this.holder.shutdownNow();
	}

	@Test
	void aFullQueueIsAnsweredServiceUnavailableWithRetryAfterAndPagesStillAnswer() throws Exception {
		CountDownLatch busy = new CountDownLatch(1);
		Future<Object> held = this.holder.submit(() -> this.workers.call(() -> {
			busy.countDown();
			return this.release.await(30, TimeUnit.SECONDS);
		}));
		assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();

		HttpResponse<String> refused = get("/search?q=psoas");
		HttpResponse<String> home = get("/");

		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(refused.body()).contains("<main").doesNotContain("psoas", "Exception");
		assertThat(home.statusCode()).isEqualTo(200);

		this.release.countDown();
		held.get(10, TimeUnit.SECONDS);
		assertThat(get("/search?q=psoas").statusCode()).as("served again once a worker is free").isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(this.http.request(path).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@TestConfiguration
	static class OneWorkerNoQueue {

		@Bean
		@Primary
		SearchWorkers oneWorkerNoQueue() {
			return new SearchWorkers(1, 0);
		}

	}

}
