package org.psoascare.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.psoascare.TestHttp;
import org.psoascare.content.ContentLoadedEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content is loaded before the web server opens its port, while readiness still refuses
 * traffic; afterwards the probes report up and nothing else of Actuator shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadinessTests {

	@LocalServerPort
	int port;

	@Autowired
	StartupOrder order;

	@Test
	void contentLoadsBeforeTheServerOpensAndReadinessWaitsForIt() throws Exception {
		assertThat(this.order.events).containsSubsequence("content loaded while REFUSING_TRAFFIC",
				"web server started");

		assertThat(get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health").body()).doesNotContain("components", "details");
		for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump")) {
			assertThat(get(hidden).statusCode()).as(hidden).isEqualTo(404);
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return TestHttp.on(this.port).get(path);
	}

	@TestConfiguration
	static class StartupOrder {

		final List<String> events = new CopyOnWriteArrayList<>();

		private final ApplicationAvailability availability;

		StartupOrder(ApplicationAvailability availability) {
			this.availability = availability;
		}

		@EventListener
		void contentLoaded(ContentLoadedEvent event) {
			ReadinessState readiness = this.availability.getReadinessState();
			this.events.add("content loaded while " + readiness);
		}

		@EventListener
		void webServerStarted(WebServerInitializedEvent event) {
			this.events.add("web server started");
		}

	}

}
