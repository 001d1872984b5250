package org.psoascare.web;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.psoascare.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What the site promises in docs/security.md, checked over real HTTP on every page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityAndPrivacyTests {

	private static final String[] FRAMEWORK_WORDS = { "Exception", "Whitelabel", "Tomcat", "Spring", "Thymeleaf",
			"Hibernate", "\"timestamp\"", "at org." };

	@LocalServerPort
	int port;

	private final TestHttp http = new TestHttp(() -> this.port);

	private static void assertHeaders(String what, HttpResponse<?> response) {
		Map<String, List<String>> headers = response.headers().map();
		// The progress diary keeps what a person records in their browser: its page may
		// connect nowhere (ContentSecurityPolicy.NO_CONNECTIONS); every other response
		// has the site's policy.
		assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
			.hasValue(response.uri().getPath().equals("/progress") ? ContentSecurityPolicy.NO_CONNECTIONS
					: SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
			.contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "base-uri 'self'",
					"form-action 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
		assertThat(response.headers().firstValue("Permissions-Policy")).as(what).isPresent();
		assertThat(headers).as(what + " sets no cookie").doesNotContainKey("set-cookie");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).as(what + ": HSTS is off by default")
			.isEmpty();
	}

	@Test
	void everyPageAndAssetCarriesTheHeadersAndNoCookie() {
		SiteCrawler site = new SiteCrawler(this.port).crawl();

		assertThat(site.responses()).hasSizeGreaterThan(60);
		site.responses().forEach(SecurityAndPrivacyTests::assertHeaders);
	}

	@Test
	void errorsArePagesInTheLayoutWithTheHeadersAndNoFrameworkDetails() throws Exception {
		Map<String, HttpResponse<String>> errors = Map.of("404",
				send("GET", "/guides/no-such-guide", "application/json", null, null), "405",
				send("DELETE", "/guides/psoas", "text/html", null, null), "405 POST",
				send("POST", "/stretches", "text/html", "application/x-www-form-urlencoded", "a=b"), "400",
				send("POST", "/checklist", "text/html", "application/json", "{}"), "413", send("POST", "/checklist",
						"text/html", "application/x-www-form-urlencoded", "answer=" + "x".repeat(20_000)));

		assertThat(errors.get("404").statusCode()).isEqualTo(404);
		assertThat(errors.get("405").statusCode()).isEqualTo(405);
		assertThat(errors.get("405 POST").statusCode()).isEqualTo(405);
		assertThat(errors.get("400").statusCode()).isEqualTo(400);
		assertThat(errors.get("413").statusCode()).isEqualTo(413);
		errors.forEach((what, response) -> {
			assertHeaders(what, response);
			assertThat(response.headers().firstValue("Content-Type")).as(what)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(response.body()).as(what).contains("class=\"skip-link\"").doesNotContain(FRAMEWORK_WORDS);
		});
	}

	@Test
	void requestsTheServerRejectsEarlyRevealNothingAboutIt() throws Exception {
		for (String request : new String[] { "GET /%ZZ HTTP/1.1", "GET /guides/%00 HTTP/1.1",
				"GET /guides/..%2F..%2Fetc%2Fpasswd HTTP/1.1" }) {
			String response = raw(request + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(response).as(request).startsWith("HTTP/1.1 400").doesNotContain(FRAMEWORK_WORDS);
		}
		String hugeHeader = raw(
				"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
		assertThat(hugeHeader).startsWith("HTTP/1.1 400").doesNotContain(FRAMEWORK_WORDS);
	}

	@Test
	void actuatorExposesHealthOnly() throws Exception {
		assertThat(send("GET", "/actuator/health", "application/json", null, null).body()).contains("\"status\":\"UP\"")
			.doesNotContain("components", "details", "diskSpace", "db");
		// Info names the content version this instance serves, the build and its commit,
		// and nothing else (no environment, no host, no Java details).
		JsonNode info = JsonMapper.builder()
			.build()
			.readTree(send("GET", "/actuator/info", "application/json", null, null).body());
		assertThat(info.propertyNames()).containsExactlyInAnyOrder("content", "build", "git");
		assertThat(info.get("content").propertyNames()).containsExactlyInAnyOrder("version", "loadedAt");
		assertThat(info.get("build").propertyNames()).containsExactlyInAnyOrder("artifact", "name", "version", "group",
				"time");
		assertThat(info.get("build").get("artifact").asString()).isEqualTo("psoas-care");
		assertThat(info.get("git").propertyNames()).containsExactlyInAnyOrder("branch", "commit");
		assertThat(info.get("git").get("commit").get("id").asString()).matches("[0-9a-f]{7,40}");
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/mappings",
				"/actuator/loggers", "/actuator/threaddump" }) {
			assertThat(send("GET", path, "application/json", null, null).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void searchQueriesAndChecklistAnswersNeverReachTheLogs() throws Exception {
		List<String> secrets = List.of("zzsecretquery", "past-cancer", "saddle-numbness", "zzsecretanswer", "age=77",
				"my private worry", "my%20private%20worry", "zzbadtarget", "zzbadmethod", "zzbadcharset", "zzbadtype",
				"zzbadaccept", "zzcookie", "zzlastparam", "zzchunked");
		try (LogCapture logs = LogCapture.start()) {
			send("GET", "/search?q=zzsecretquery", "text/html", null, null);
			send("POST", "/checklist", "text/html", "application/x-www-form-urlencoded", "answer=past-cancer&age=77");
			send("POST", "/checklist", "text/html", "application/x-www-form-urlencoded", "answer=zzsecretanswer");
			// Broken escapes: Tomcat refuses such parameters with an exception quoting
			// them.
			assertStatus(400, raw("GET /search?q=my%20private%20worry%ZZ HTTP/1.1\r\nHost: localhost\r\n"
					+ "Connection: close\r\n\r\n"));
			// The checklist decides itself how to answer a broken form; whatever it
			// answers, it is not a failure and it leaves no trace.
			assertAnswered(rawPost("/checklist", "application/x-www-form-urlencoded", "answer=saddle-numbness%G0"));
			assertAnswered(
					rawPost("/checklist", "application/x-www-form-urlencoded", "answer=past-cancer&=zzlastparam&%"));
			// A charset and a media type that do not exist, a header Tomcat cannot parse.
			assertAnswered(rawPost("/checklist", "application/x-www-form-urlencoded; charset=zzbadcharset",
					"answer=saddle-numbness"));
			assertAnswered(rawPost("/checklist", "zzbadtype/zz", "answer=saddle-numbness"));
			send("GET", "/search?q=zzsecretquery", "zzbadaccept/zz", null, null);
			raw("GET /search?q=zzsecretquery HTTP/1.1\r\nHost: localhost\r\nCookie: a=\"zzcookie\r\n"
					+ "Connection: close\r\n\r\n");
			// Characters no request line may hold, and a method that is not a token.
			assertStatus(400,
					raw("GET /search?q=zzbadtarget{} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
			assertStatus(400, raw("GE(zzbadmethod /search?q=zzsecretquery HTTP/1.1\r\nHost: localhost\r\n"
					+ "Connection: close\r\n\r\n"));
			// A form sent in chunks, larger than any form here, so no Content-Length
			// warns of it.
			String big = "answer=zzchunked" + "x".repeat(20_000);
			assertStatus(413,
					raw("POST /checklist HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
							+ "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
							+ Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n"));

			assertThat(logs.events()).as("the corpus reached the loggers at all").isNotNull();
			assertThat(logs.eventsHolding(secrets)).isEmpty();
		}
	}

	/** Answered with a page or refused as the client's fault: never a failure. */
	private static void assertAnswered(String rawResponse) {
		assertThat(rawResponse).as(rawResponse.lines().findFirst().orElse("(no response)"))
			.matches("(?s)HTTP/1\\.1 [234]\\d\\d .*");
	}

	private static void assertStatus(int status, String rawResponse) {
		assertThat(rawResponse).as(rawResponse.lines().findFirst().orElse("(no response)"))
			.startsWith("HTTP/1.1 " + status + " ");
	}

	private String rawPost(String path, String contentType, String body) throws IOException {
		return raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: " + contentType
				+ "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
	}

	private HttpResponse<String> send(String method, String path, String accept, String contentType, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.http.uri(path))
			.header("Accept", accept)
			.method(method,
					(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A request sent as raw bytes, for what an HTTP client library would refuse to send.
	 */
	private String raw(String request) throws IOException {
		return RawHttp.send(this.port, request);
	}

}
