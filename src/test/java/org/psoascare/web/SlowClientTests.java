package org.psoascare.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.psoascare.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send their body slowly hold no worker and are cut off at a total deadline.
 * Here 4 workers, a 2 s body deadline, and Tomcat's own read timeout raised to 60 s, so
 * that only the deadline can end the slow requests within the test's 20 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"server.tomcat.threads.max=4", "psoascare.web.body-deadline=2s", "server.tomcat.connection-timeout=60s" })
class SlowClientTests {

	/** The test's bound on how long the server may take to answer a slow client. */
	private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Test
	void slowBodiesHoldNoWorkerAndEndIn408() throws Exception {
		List<RawHttp> slow = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				RawHttp connection = RawHttp.open(this.port, READ_TIMEOUT);
				slow.add(connection);
				connection.write("POST /checklist HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nanswer=");
			}

			TestHttp client = TestHttp.on(this.port);
			HttpResponse<String> home = client.send(client.request("/").timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(home.statusCode()).isEqualTo(200);
			HttpResponse<String> result = client.send(client.request("/checklist")
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("answer=fever"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(result.statusCode()).isEqualTo(200);
			assertThat(result.body()).contains("<h1");
			for (RawHttp connection : slow) {
				String answer = connection.readToEnd();
				assertThat(answer).startsWith("HTTP/1.1 408 ").containsIgnoringCase("connection: close");
				assertThat(answer).contains("<html").contains("</html>");
			}
		}
		finally {
			for (RawHttp connection : slow) {
				connection.close();
			}
		}
	}

	@Test
	void aChunkedBodyLargerThanAnyFormIsRefused() throws Exception {
		try (RawHttp connection = RawHttp.open(this.port, READ_TIMEOUT)) {
			StringBuilder request = new StringBuilder("POST /checklist HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n");
			String chunk = "a".repeat(4096);
			for (int i = 0; i < 5; i++) {
				request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
			}
			request.append("0\r\n\r\n");
			assertThat(connection.write(request.toString()).readToEnd()).startsWith("HTTP/1.1 413 ");
		}
	}

}
