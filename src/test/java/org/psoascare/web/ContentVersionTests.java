package org.psoascare.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.psoascare.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response names the content version the instance serves, as /actuator/info does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentVersionTests {

	@LocalServerPort
	int port;

	private final TestHttp http = new TestHttp(() -> this.port);

	@Test
	void everyResponseAndTheInfoEndpointNameTheSameVersion() throws Exception {
		HttpResponse<String> info = send(HttpRequest.newBuilder(uri("/actuator/info")).build());
		Matcher version = Pattern.compile("\"content\":\\{[^}]*\"version\":\"([0-9a-f]{12})\"").matcher(info.body());
		assertThat(version.find()).as(info.body()).isTrue();

		for (HttpRequest request : new HttpRequest[] { HttpRequest.newBuilder(uri("/")).build(),
				HttpRequest.newBuilder(uri("/guides/psoas")).build(),
				HttpRequest.newBuilder(uri("/guides/no-such-guide")).build(),
				HttpRequest.newBuilder(uri("/search?q=psoas")).build(),
				HttpRequest.newBuilder(uri("/checklist"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("answer=fever"))
					.build() }) {
			assertThat(send(request).headers().firstValue("X-Content-Version")).as(request.uri().toString())
				.hasValue(version.group(1));
		}
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return this.http.uri(path);
	}

}
