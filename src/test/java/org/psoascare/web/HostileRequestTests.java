package org.psoascare.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probe families from the hostile trial (issue 26), over raw sockets so that nothing
 * tidies the request: each gets the answer it should, never a 500, on the site's
 * addresses (a page in the layout) and the API's (a JSON problem) alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestTests {

	private static final String CLOSE = "Host: localhost\r\nConnection: close\r\n";

	private static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

	/** Chunked bodies whose framing is broken, each in its own way. */
	private static final List<String> BROKEN_CHUNKS = List.of("zz\r\nanswer=fever\r\n0\r\n\r\n", // not
																									// hex
			"-5\r\nabcde\r\n0\r\n\r\n", // negative
			"ffffffffffffffffffff\r\nabcde\r\n0\r\n\r\n", // overlong size
			"3\r\nanswer=fever\r\n0\r\n\r\n", // longer than its size
			"1;" + "x".repeat(9000) + "\r\na\r\n0\r\n\r\n"); // an extension past the
																// limit

	@LocalServerPort
	int port;

	@Test
	void aMalformedChunkedBodyIsABadRequestPageNeverA500() throws Exception {
		for (String target : List.of("POST /checklist", "GET /", "GET /search?q=psoas", "POST /guides/psoas")) {
			for (String chunks : BROKEN_CHUNKS) {
				String answer = RawHttp.send(this.port,
						target + " HTTP/1.1\r\n" + CLOSE + FORM + "Transfer-Encoding: chunked\r\n\r\n" + chunks);

				assertThat(answer).as("%s with %s", target, chunks.lines().findFirst().orElseThrow())
					.startsWith("HTTP/1.1 400 ")
					.containsIgnoringCase("content-type: text/html")
					.contains("<main", "</html>")
					.containsIgnoringCase("x-content-type-options: nosniff")
					.doesNotContain("Exception", "Tomcat", "answer=fever");
			}
		}
	}

	@Test
	void aMalformedChunkedBodyToTheApiIsAProblemAsJson() throws Exception {
		for (String chunks : BROKEN_CHUNKS) {
			String answer = RawHttp.send(this.port, "POST /api/v1/checklist/evaluate HTTP/1.1\r\n" + CLOSE + FORM
					+ "Transfer-Encoding: chunked\r\n\r\n" + chunks);

			assertThat(answer).as(chunks.lines().findFirst().orElseThrow())
				.startsWith("HTTP/1.1 400 ")
				.containsIgnoringCase("content-type: application/problem+json")
				.contains("\"status\":400", "\"instance\":\"/api/v1/checklist/evaluate\"")
				.doesNotContain("<html", "answer=fever");
		}
	}

	@Test
	void aPathThatClimbsOutOfItsFolderIsNotFoundAndNeverReachesTheLog() throws Exception {
		String marker = "zzclimb";
		List<String> paths = List.of("/guides/%2e%2e/" + marker, "/guides/%2E%2E/%2e%2e/" + marker,
				"/css/%2e%2e/" + marker, "/img/%2e%2e/%2e%2e/" + marker + ".properties", "/js/..%2f" + marker,
				"/css/WEB-INF/" + marker, "/js/META-INF/" + marker, "/img/url:" + marker, "/%2e%2e/" + marker);
		try (LogCapture logs = LogCapture.start()) {
			for (String path : paths) {
				String answer = RawHttp.send(this.port, "GET " + path + " HTTP/1.1\r\n" + CLOSE + "\r\n");

				assertThat(answer).as(path).matches("(?s)HTTP/1\\.1 4(00|04) .*").contains("</html>");
			}
			assertThat(logs.eventsHolding(List.of(marker))).isEmpty();
		}
	}

	@Test
	void theApiAnswersWrongMethodsAcceptsAndEncodingsWithTheirStatusAsJsonProblems() throws Exception {
		record Probe(String request, int status, String allow) {
		}
		String evaluate = "POST /api/v1/checklist/evaluate HTTP/1.1\r\n" + CLOSE + FORM;
		for (Probe probe : List.of(new Probe("DELETE /api/v1/guides HTTP/1.1\r\n" + CLOSE + "\r\n", 405, "GET"),
				new Probe("PUT /api/v1/guides/psoas HTTP/1.1\r\n" + CLOSE + "Content-Length: 0\r\n\r\n", 405, "GET"),
				new Probe("GET /api/v1/checklist/evaluate HTTP/1.1\r\n" + CLOSE + "\r\n", 405, "POST"),
				new Probe("GET /api/v1/guides HTTP/1.1\r\n" + CLOSE + "Accept: text/csv\r\n\r\n", 406, null),
				new Probe("GET /api/v1/guides/psoas HTTP/1.1\r\n" + CLOSE + "Accept: text/html\r\n\r\n", 406, null),
				new Probe(evaluate + "Content-Encoding: gzip\r\nContent-Length: 12\r\n\r\nanswer=fever", 415, null),
				new Probe(evaluate + "Content-Length: 20000\r\n\r\n" + "a".repeat(20_000), 413, null),
				new Probe("GET /api/v1/guides/%ZZ HTTP/1.1\r\n" + CLOSE + "\r\n", 400, null),
				new Probe("GET /api/v1/nothing-here HTTP/1.1\r\n" + CLOSE + "\r\n", 404, null))) {
			String answer = RawHttp.send(this.port, probe.request());
			String what = probe.request().lines().findFirst().orElseThrow() + " " + probe.status();

			assertThat(answer).as(what)
				.startsWith("HTTP/1.1 " + probe.status() + " ")
				.containsIgnoringCase("content-type: application/problem+json")
				.contains("\"status\":" + probe.status())
				.containsIgnoringCase("x-content-type-options: nosniff")
				.doesNotContain("<html", "answer=fever");
			if (probe.allow() != null) {
				assertThat(answer).as(what).containsPattern("(?i)\r\nallow: [^\r]*\\b" + probe.allow() + "\\b");
			}
		}
	}

	@Test
	void aCompressedBodyIsRefusedOnTheSiteToo() throws Exception {
		String answer = RawHttp.send(this.port, "POST /checklist HTTP/1.1\r\n" + CLOSE + FORM
				+ "Content-Encoding: gzip\r\nContent-Length: 12\r\n\r\nanswer=fever");

		assertThat(answer).startsWith("HTTP/1.1 415 ").contains("</html>").doesNotContain("answer=fever");
	}

	@Test
	void everyAssetAnswersIfNoneMatchWithItsOwnETagWith304() throws Exception {
		String home = RawHttp.send(this.port, "GET / HTTP/1.1\r\n" + CLOSE + "\r\n");
		List<String> assets = new java.util.ArrayList<>(
				java.util.regex.Pattern.compile("(?:href|src)=\"(/(?:css|js|img)/[^\"]+)\"")
					.matcher(home)
					.results()
					.map((match) -> match.group(1))
					.distinct()
					.toList());
		assets.add("/img/favicon.svg");
		assertThat(assets).as("the home page links a stylesheet at least").anyMatch((path) -> path.startsWith("/css/"));
		for (String asset : assets) {
			String first = RawHttp.send(this.port, "GET " + asset + " HTTP/1.1\r\n" + CLOSE + "\r\n");
			String etag = first.lines()
				.filter((line) -> line.regionMatches(true, 0, "ETag:", 0, 5))
				.map((line) -> line.substring(5).strip())
				.findFirst()
				.orElse(null);
			// A versioned asset's own header is Spring's weak form of the same hash.
			assertThat(etag).as(asset).isNotNull().matches("(W/)?\"[0-9a-f]{32}\"");
			String hash = etag.replace("W/", "");

			String again = RawHttp.send(this.port,
					"GET " + asset + " HTTP/1.1\r\n" + CLOSE + "If-None-Match: " + etag + "\r\n\r\n");
			String other = RawHttp.send(this.port,
					"GET " + asset + " HTTP/1.1\r\n" + CLOSE + "If-None-Match: \"0123\"\r\n\r\n");

			assertThat(again).as(asset).startsWith("HTTP/1.1 304 ").contains(hash);
			assertThat(again).as(asset).containsIgnoringCase("x-content-type-options: nosniff");
			assertThat(other).as(asset).startsWith("HTTP/1.1 200 ");
		}
	}

}
