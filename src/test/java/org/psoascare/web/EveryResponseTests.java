package org.psoascare.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response the server can give, from every layer (a cached page, the
 * application, Spring's error handling, Tomcat before the application, Tomcat's
 * connector), sent over a raw socket so that nothing tidies the request: each carries the
 * security headers and no server name, and its status is the one it should be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryResponseTests {

	private static final String[] SERVER_WORDS = { "Tomcat", "Apache Tomcat", "Apache/", "Spring", "Whitelabel",
			"Exception", "HTTP Status" };

	private static final String CLOSE = "Host: localhost\r\nConnection: close\r\n\r\n";

	@LocalServerPort
	int port;

	@Test
	void everyResponseFromEveryLayerCarriesTheHeadersAndNoServerName() throws Exception {
		Map<String, Integer> requests = new LinkedHashMap<>();
		// The application: a cached page, an uncached page, an asset, a form, errors.
		requests.put("GET /guides/psoas HTTP/1.1\r\n" + CLOSE, 200);
		requests.put("HEAD /guides/psoas HTTP/1.1\r\n" + CLOSE, 200);
		requests.put("GET /search?q=psoas HTTP/1.1\r\n" + CLOSE, 200);
		requests.put("GET /img/favicon.svg HTTP/1.1\r\n" + CLOSE, 200);
		requests.put("GET /actuator/health HTTP/1.1\r\n" + CLOSE, 200);
		requests.put("OPTIONS /guides/psoas HTTP/1.1\r\n" + CLOSE, 200);
		requests.put("GET /guides/no-such-guide HTTP/1.1\r\n" + CLOSE, 404);
		requests.put("GET /stretches?target=nowhere HTTP/1.1\r\n" + CLOSE, 400);
		requests.put("DELETE /guides/psoas HTTP/1.1\r\n" + CLOSE, 405);
		requests.put("PUT /checklist HTTP/1.1\r\nContent-Length: 0\r\n" + CLOSE, 405);
		requests.put("POST /checklist HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: 20000\r\n" + CLOSE + "a".repeat(20_000), 413);
		requests.put("GET /search?q=%ZZ HTTP/1.1\r\n" + CLOSE, 400);
		// A chunked body whose framing is broken (HostileRequestTests tries every kind).
		requests.put("POST /checklist HTTP/1.1\r\nTransfer-Encoding: chunked\r\n" + CLOSE + "zz\r\nabc\r\n0\r\n\r\n",
				400);
		// The error page's own address is not a page.
		requests.put("GET /error HTTP/1.1\r\n" + CLOSE, 404);
		requests.put("POST /error HTTP/1.1\r\nContent-Length: 0\r\n" + CLOSE, 404);
		requests.put("OPTIONS /error HTTP/1.1\r\n" + CLOSE, 404);
		// Tomcat, before the application runs.
		requests.put("GET /guides/%ZZ HTTP/1.1\r\n" + CLOSE, 400);
		requests.put("GET /guides/%00 HTTP/1.1\r\n" + CLOSE, 400);
		requests.put("GET /WEB-INF/ HTTP/1.1\r\n" + CLOSE, 404);
		requests.put("GET /WEB-INF/web.xml HTTP/1.1\r\n" + CLOSE, 404);
		requests.put("GET /META-INF/MANIFEST.MF HTTP/1.1\r\n" + CLOSE, 404);
		requests.put("TRACE / HTTP/1.1\r\n" + CLOSE, 501);
		requests.put("TRACE /guides/psoas HTTP/1.1\r\n" + CLOSE, 501);
		requests.put("GET / HTTP/1.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n" + CLOSE, 400);
		requests.put("GE(T / HTTP/1.1\r\n" + CLOSE, 400);
		requests.put("GET /a\u0001b HTTP/1.1\r\n" + CLOSE, 400);
		requests.put("GET /search?q=a{b} HTTP/1.1\r\n" + CLOSE, 400);
		requests.put("GET / HTTP/1.1 extra\r\n" + CLOSE, 400);
		requests.put("GET / HTTP/1.1\r\nBad Header: x\r\n" + CLOSE, 400);
		requests.put("GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400);
		requests.put("GET / HTTP/2.5\r\n" + CLOSE, 505);
		requests.put("GET * HTTP/1.1\r\n" + CLOSE, 400);
		// Both framings at once: how requests are smuggled past a proxy.
		requests.put("POST /checklist HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n" + CLOSE + "0\r\n\r\n", 400);
		requests.put("POST /checklist HTTP/1.1\r\nTransfer-Encoding: chunked\r\ncontent-LENGTH: 4\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\n" + CLOSE + "0\r\n\r\n", 400);
		// Tomcat's connector, before any valve.
		requests.put("OPTIONS * HTTP/1.1\r\n" + CLOSE, 200);

		requests.forEach((request, status) -> {
			String what = request.lines().findFirst().orElseThrow();
			what = what.substring(0, Math.min(60, what.length()));
			Response response = send(request);
			assertThat(response.status()).as(what).isEqualTo(status);
			SecurityHeadersAssert.assertHeaders(what, response.headers());
			assertThat(response.headers()).as(what).doesNotContainKey("server").doesNotContainKey("x-powered-by");
			assertThat(response.body()).as(what).doesNotContain(SERVER_WORDS);
			if (status >= 400) {
				assertThat(response.headers().get("content-type")).as(what).startsWith("text/html");
				assertThat(response.body()).as(what).contains("<html lang=\"en-GB\"");
				// Every error page, the ones Tomcat gives included, is in the site's
				// style and shows the emergency signs, so a frightened person whose
				// request failed still sees what to do.
				assertThat(response.body()).as(what)
					.contains("data-urgency=\"emergency\"", "href=\"/guides/when-to-see-a-professional\"")
					.containsPattern("<link rel=\"stylesheet\" href=\"/css/site-[0-9a-f]+\\.css\">");
			}
		});
	}

	@Test
	void eitherFramingAloneIsAccepted() {
		String body = "answer=fever";
		assertThat(send("POST /checklist HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: " + body.length() + "\r\n" + CLOSE + body)
			.status()).isEqualTo(200);
		assertThat(send("POST /checklist HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Transfer-Encoding: chunked\r\n" + CLOSE + Integer.toHexString(body.length()) + "\r\n" + body
				+ "\r\n0\r\n\r\n")
			.status()).isEqualTo(200);
		// A header whose value merely mentions the other is no reason to refuse.
		assertThat(send("GET /search?q=psoas HTTP/1.1\r\nTransfer-Encoding: chunked\r\nX-Note: content-length: 1\r\n"
				+ CLOSE + "0\r\n\r\n")
			.status()).isEqualTo(200);
	}

	@Test
	void allowListsOnlyTheMethodsAPageSupports() {
		assertThat(allow("OPTIONS /guides/psoas HTTP/1.1\r\n")).containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS");
		// A 405 lists what the address does answer, OPTIONS included, as OPTIONS itself
		// does.
		assertThat(allow("DELETE /guides/psoas HTTP/1.1\r\n")).containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS");
		assertThat(allow("POST /search HTTP/1.1\r\nContent-Length: 0\r\n")).containsExactlyInAnyOrder("GET", "HEAD",
				"OPTIONS");
		assertThat(allow("PUT /checklist HTTP/1.1\r\nContent-Length: 0\r\n")).containsExactlyInAnyOrder("GET", "HEAD",
				"POST", "OPTIONS");
		assertThat(allow("OPTIONS * HTTP/1.1\r\n")).containsExactlyInAnyOrder("GET", "HEAD", "POST", "OPTIONS");
		for (String request : new String[] { "OPTIONS /error HTTP/1.1\r\n", "TRACE / HTTP/1.1\r\n",
				"OPTIONS /checklist HTTP/1.1\r\n", "PATCH /search HTTP/1.1\r\n" }) {
			String allow = send(request + CLOSE).headers().get("allow");
			assertThat(allow).as(request)
				.satisfiesAnyOf((value) -> assertThat(value).isNull(),
						(value) -> assertThat(value).doesNotContain("PUT", "DELETE", "PATCH", "TRACE"));
		}
	}

	private java.util.List<String> allow(String request) {
		String allow = send(request + CLOSE).headers().get("allow");
		assertThat(allow).as(request).isNotNull();
		return java.util.Arrays.stream(allow.split(",")).map(String::strip).toList();
	}

	@Test
	void anHttp09RequestWhoseAnswerCouldCarryNoHeadersGetsNothing() {
		assertThat(sendRaw("GET /\r\n")).isEmpty();
		assertThat(sendRaw("GET /guides/psoas\r\n")).isEmpty();
	}

	private Response send(String request) {
		return Response.parse(sendRaw(request));
	}

	private String sendRaw(String request) {
		try {
			return new String(RawHttp.send(this.port, request).getBytes(StandardCharsets.ISO_8859_1),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.substring(0, Math.min(60, request.length())), ex);
		}
	}

	/** A raw HTTP/1.1 response: status, headers with lower-case names, body as sent. */
	record Response(int status, Map<String, String> headers, String body) {

		static Response parse(String raw) {
			assertThat(raw).as("a response").startsWith("HTTP/1.1 ");
			int end = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, end).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.merge(lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
			}
			return new Response(Integer.parseInt(lines[0].substring(9, 12)), headers, raw.substring(end + 4));
		}

	}

}
