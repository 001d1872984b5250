package org.psoascare.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.psoascare.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends well over a thousand random and hostile inputs (seeded, so a failure replays) to
 * every endpoint that takes input, as query strings, form bodies, path segments and
 * headers, and checks that none gets a 5xx, none is echoed unescaped, no expression is
 * ever evaluated, and no value sent reaches any log line from any component.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FuzzTests {

	/**
	 * 1337 * 1337: would appear only if an expression were evaluated (as would a process
	 * object from the Runtime payload).
	 */
	private static final String EVALUATED = "1787569";

	private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'><svg onload=alert(1)>", "${1337*1337}", "__${1337*1337}__",
			"__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "#{1337*1337}", "*{1337*1337}", "@{1337*1337}",
			"[[${1337*1337}]]", "[(${1337*1337})]", "{{1337*1337}}", "<%= 1337*1337 %>", "' OR '1'='1",
			"1; DROP TABLE guide;--", "\" OR 1=1 --", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
			"javascript:alert(1)", "\u0000", "\u202e\u0644", "ＳＣＲＩＰＴ", "😀💥", "%00", "%252e%252e%252f",
			"\r\nSet-Cookie: x=1", "<!--", "]]>", "\\u003cscript\\u003e", "-1", "99999999999999999999", "1e309", "NaN",
			"true", "null", "fever", "age", "answer", "psoas", "saddle-numbness", "");

	private static final List<String> FORM_FIELDS = List.of("answer", "age", "duration", "trend", "q", "slug", "_csrf",
			"answer[]", "AGE", "class.module.classLoader");

	/** Words that appear in the site's own log lines whatever was sent. */
	private static final Set<String> SITE_WORDS = Set.of("answer", "psoas", "guides", "stretches", "routines",
			"checklist");

	@LocalServerPort
	int port;

	private final TestHttp http = new TestHttp(() -> this.port);

	private final Random random = new Random(20261121L);

	private int sent;

	private final List<String> failures = new ArrayList<>();

	/** Every distinctive value sent (as sent and as decoded): none may reach a log. */
	private final Set<String> sentValues = new LinkedHashSet<>();

	@Test
	void hostileInputNeverBreaksTheSiteOrIsEchoedUnescapedOrLogged() throws Exception {
		try (LogCapture logs = LogCapture.start()) {
			sendCorpus();

			assertThat(this.sent).isGreaterThanOrEqualTo(1000);
			assertThat(this.failures).isEmpty();
			assertThat(this.sentValues).hasSizeGreaterThan(300);
			assertThat(logs.eventsHolding(this.sentValues)).isEmpty();
		}
	}

	private void sendCorpus() throws Exception {
		for (int i = 0; i < 300; i++) {
			String payload = payload();
			check("search " + payload, payload, get("/search?q=" + encode(payload)));
		}
		for (int i = 0; i < 200; i++) {
			String payload = payload();
			String field = pick(List.of("target", "kind", "position", "equipment", "unknown"));
			check("filter " + payload, payload, get("/stretches?" + field + "=" + encode(payload)));
		}
		for (int i = 0; i < 200; i++) {
			String payload = payload();
			String section = pick(List.of("guides", "stretches", "routines"));
			check("path " + payload, payload, get("/" + section + "/" + encode(payload).replace("+", "%20")));
		}
		for (int i = 0; i < 350; i++) {
			StringBuilder body = new StringBuilder();
			int fields = this.random.nextInt(6);
			for (int f = 0; f < fields; f++) {
				String value = payload();
				remember(value);
				body.append(f == 0 ? "" : "&").append(encode(pick(FORM_FIELDS))).append('=').append(encode(value));
			}
			String contentType = pick(List.of("application/x-www-form-urlencoded",
					"application/x-www-form-urlencoded; charset=UTF-8", "application/json", "text/plain",
					"multipart/form-data; boundary=x", "application/x-www-form-urlencoded; charset=ISO-8859-1"));
			check("checklist " + body, body.toString(), post("/checklist", contentType, body.toString()));
		}
		for (int i = 0; i < 150; i++) {
			String payload = payload().replaceAll("[\\r\\n\\u0000]", "");
			String header = pick(List.of("Accept", "Accept-Encoding", "Accept-Language", "If-None-Match", "Cookie",
					"User-Agent", "Referer", "X-Forwarded-For", "X-Forwarded-Host", "Origin"));
			String path = pick(List.of("/", "/guides/psoas", "/search?q=psoas", "/checklist", "/stretches"));
			check(header + ": " + payload, payload, getWithHeader(path, header, payload));
		}
		for (String raw : new String[] { "/search?q=%ZZ", "/search?q=%C0%AE%C0%AE", "/search?q=%E0%80%AF",
				"/search?q=%ff%fe", "/search?q=" + "a".repeat(6000), "/stretches?target=%00", "/guides/%C0%AE%C0%AE%2F",
				"/checklist?answer=fever" }) {
			String response = raw("GET " + raw + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			this.sent++;
			remember(raw.substring(raw.indexOf('=') + 1));
			int status = Integer.parseInt(response.substring(9, 12));
			if (status >= 500) {
				this.failures.add("raw " + raw + " -> " + status);
			}
		}
	}

	private String payload() {
		String base = pick(HOSTILE);
		return switch (this.random.nextInt(6)) {
			case 0 -> base.repeat(1 + this.random.nextInt(200));
			case 1 -> base + pick(HOSTILE);
			case 2 -> randomText(1 + this.random.nextInt(40));
			default -> base;
		};
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(switch (this.random.nextInt(4)) {
				case 0 -> 0x20 + this.random.nextInt(0x5f);
				case 1 -> 0xa0 + this.random.nextInt(0x2000);
				case 2 -> 0x1f300 + this.random.nextInt(0x200);
				default -> "<>\"'&;%${}#*_()[]".charAt(this.random.nextInt(17));
			});
		}
		return text.toString();
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Notes a value sent, if it is distinctive enough that finding it in a log means it
	 * came from the request: at least 6 characters and not a word the site itself uses.
	 */
	private void remember(String value) {
		for (String form : List.of(value, encode(value))) {
			String trimmed = form.strip();
			if (trimmed.length() >= 6 && !SITE_WORDS.contains(trimmed)) {
				this.sentValues.add(trimmed);
			}
		}
	}

	private void check(String what, String payload, HttpResponse<String> response) {
		this.sent++;
		remember(payload);
		String body = response.body();
		if (response.statusCode() >= 500) {
			this.failures.add(what + " -> " + response.statusCode());
		}
		if (payload.matches("(?s).*[<>\"].*") && payload.length() > 3 && body.contains(payload)) {
			this.failures.add(what + " -> echoed unescaped");
		}
		if (body.contains(EVALUATED) || body.contains("ProcessImpl") || body.contains("Process[pid")) {
			this.failures.add(what + " -> an expression was evaluated");
		}
		if (response.headers().firstValue("Set-Cookie").isPresent()) {
			this.failures.add(what + " -> set a cookie");
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
	}

	private HttpResponse<String> getWithHeader(String path, String header, String value)
			throws IOException, InterruptedException {
		try {
			return send(HttpRequest.newBuilder(uri(path)).header(header, value).GET().build());
		}
		catch (IllegalArgumentException ex) {
			// The client refuses this header value; send the plain request instead.
			return get(path);
		}
	}

	private HttpResponse<String> post(String path, String contentType, String body)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return this.http.uri(path);
	}

	private String raw(String request) throws IOException {
		return RawHttp.send(this.port, request);
	}

}
