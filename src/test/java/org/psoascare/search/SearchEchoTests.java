package org.psoascare.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.psoascare.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a search shows back of the query, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchEchoTests {

	private static final String FSI = "\u2068";

	private static final String PDI = "\u2069";

	@LocalServerPort
	int port;

	private final TestHttp http = new TestHttp(() -> this.port);

	@Test
	void theQueryIsShownIsolatedAndItsBidiControlsNeverReachThePage() throws Exception {
		String page = search("\u2069\u202eevil sciatica\u202c");

		assertThat(page).doesNotContain("\u202e", "\u202c")
			.contains("<title>Results for \u201c" + FSI + "evil sciatica" + PDI + "\u201d")
			.contains("<q><bdi>evil sciatica</bdi></q>")
			.contains("dir=\"auto\"");
		// One isolate pair, in the title: none of them the visitor's.
		assertThat(page.split(PDI, -1)).hasSize(2);
	}

	@Test
	void canonicallyEqualQueriesGiveTheSamePage() throws Exception {
		String composed = search("sciatica psoas caf\u00e9");
		String decomposed = search("sciatica psoas cafe\u0301");

		assertThat(decomposed).isEqualTo(composed);
		assertThat(search("pso\u00e1s")).isEqualTo(search("psoa\u0301s"));
	}

	private String search(String q) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				this.http.request("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
