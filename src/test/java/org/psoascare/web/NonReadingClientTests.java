package org.psoascare.web;

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
 * Clients that pipeline requests and never read the answers cannot hold every worker: a
 * worker writing to one of them waits until Tomcat's write timeout (the connection
 * timeout, 10 s), and on Java 17 each such wait holds a platform worker. With 64 of them
 * connected, the home page is still served, long before any of those writes time out.
 * (The benchmark, {@code bench/hostile.sh}, records how fast.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NonReadingClientTests {

	private static final int CLIENTS = 64;

	/**
	 * Far more answer bytes than loopback's socket buffers hold (each guide is ~17 KB).
	 */
	private static final int PIPELINED = 600;

	@LocalServerPort
	int port;

	@Test
	void sixtyFourClientsThatNeverReadLeaveTheHomePageAnswering() throws Exception {
		String requests = ("GET /guides/psoas HTTP/1.1\r\nHost: localhost\r\n\r\n").repeat(PIPELINED);
		List<RawHttp> stuck = new ArrayList<>();
		try {
			for (int i = 0; i < CLIENTS; i++) {
				RawHttp connection = RawHttp.open(this.port, Duration.ofSeconds(30));
				stuck.add(connection);
				connection.write(requests);
			}

			TestHttp client = TestHttp.on(this.port);
			HttpResponse<String> home = client.send(client.request("/").timeout(Duration.ofSeconds(5)));

			assertThat(home.statusCode()).isEqualTo(200);
		}
		finally {
			for (RawHttp connection : stuck) {
				connection.close();
			}
		}
	}

}
