package org.psoascare.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every spelling of a page's address that reaches the page (path parameters, escapes,
 * doubled slashes) is served from the page cache with the page's own ETag: none is a way
 * to make the server render a page per request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageAddressTests {

	@LocalServerPort
	int port;

	@Test
	void otherSpellingsOfAPageAddressShareItsCacheEntry() throws Exception {
		String etag = etag(get("/guides/psoas"));
		assertThat(etag).as("the page itself is cached").matches("\"[0-9a-f]{32}\"");

		for (String spelling : new String[] { "/guides/psoas;x=1", "/guides/psoas;", "/guides;v=1/psoas",
				"/guides/psoas;jsessionid=abc", "/guides/%70soas", "//guides//psoas" }) {
			String response = get(spelling);
			assertThat(response).as(spelling).startsWith("HTTP/1.1 200 ");
			assertThat(etag(response)).as(spelling).isEqualTo(etag);
		}
		assertThat(etag(get("/stretches;x=1?target=glutes"))).isEqualTo(etag(get("/stretches?target=glutes")))
			.isNotNull();
	}

	private static String etag(String response) {
		return response.lines()
			.takeWhile((line) -> !line.isEmpty())
			.filter((line) -> line.regionMatches(true, 0, "ETag:", 0, 5))
			.map((line) -> line.substring(5).strip())
			.findFirst()
			.orElse(null);
	}

	/** Over a raw socket: an HTTP client library would tidy some of these paths. */
	private String get(String path) throws IOException {
		return RawHttp.send(this.port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
	}

}
