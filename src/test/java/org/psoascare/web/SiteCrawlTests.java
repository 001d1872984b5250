package org.psoascare.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application on a random port and follows every internal link and asset
 * from the home page over real HTTP, failing on any that does not answer 200 or on a
 * same-page anchor whose target id does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteCrawlTests {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void everyInternalLinkFromTheHomePageAnswers200() throws Exception {
		Deque<String> queue = new ArrayDeque<>(Set.of("/"));
		Map<String, String> pages = new LinkedHashMap<>();
		Map<String, String> broken = new LinkedHashMap<>();
		Set<String> anchors = new LinkedHashSet<>();
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (pages.containsKey(path) || broken.containsKey(path)) {
				continue;
			}
			HttpResponse<String> response = get(path);
			if (response.statusCode() != 200) {
				broken.put(path, "status " + response.statusCode());
				continue;
			}
			pages.put(path, response.body());
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			Matcher links = LINK.matcher(response.body());
			while (links.find()) {
				String href = links.group(1).replace("&amp;", "&");
				if (href.startsWith("#")) {
					anchors.add(path + href);
				}
				else if (href.startsWith("/") && !href.startsWith("//")) {
					int hash = href.indexOf('#');
					if (hash >= 0) {
						anchors.add(href);
					}
					queue.add((hash >= 0) ? href.substring(0, hash) : href);
				}
			}
		}
		for (String anchor : anchors) {
			String page = anchor.substring(0, anchor.indexOf('#'));
			String id = anchor.substring(anchor.indexOf('#') + 1);
			if (pages.containsKey(page) && !pages.get(page).contains("id=\"" + id + "\"")) {
				broken.put(anchor, "no element with id " + id);
			}
		}

		assertThat(broken).as("broken links").isEmpty();
		assertThat(pages.keySet()).as("pages reached").contains("/guides", "/guides/psoas",
				"/guides/when-to-see-a-professional", "/search", "/stretches", "/routines", "/checklist");
		assertThat(pages.keySet()).as("content-hashed assets")
			.anyMatch((path) -> path.matches("/css/site-[0-9a-f]{32}\\.css"))
			.anyMatch((path) -> path.matches("/js/player-[0-9a-f]{32}\\.js"))
			.anyMatch((path) -> path.matches("/img/stretches/thomas-stretch-[0-9a-f]{32}\\.svg"));
		assertThat(pages.keySet().stream().filter((path) -> path.startsWith("/stretches/"))).hasSize(21);
		assertThat(pages.keySet().stream().filter((path) -> path.startsWith("/routines/"))).hasSize(5);
		assertThat(pages.keySet().stream().filter((path) -> path.startsWith("/guides/"))).hasSize(14);
	}

	@Test
	void unknownGuideIsA404PageInTheLayoutWithAWayBack() throws Exception {
		HttpResponse<String> response = get("/guides/no-such-guide");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "href=\"/guides\"", "class=\"skip-link\"")
			.doesNotContain("Exception", "Whitelabel");
	}

	@Test
	void badChecklistInputGetsThe400PageInTheLayoutWithoutEchoingIt() throws Exception {
		HttpResponse<String> response = post("answer=%3Cscript%3Ezz-echo%3C%2Fscript%3E", "application/x-www-form-urlencoded");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("That request could not be handled", "class=\"skip-link\"")
			.doesNotContain("zz-echo", "Exception", "Whitelabel");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void aHugeChecklistBodyGetsAnErrorPageInTheLayout() throws Exception {
		HttpResponse<String> response = post("answer=" + "a".repeat(40_000), "application/x-www-form-urlencoded");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("class=\"skip-link\"").doesNotContain("Exception", "Tomcat");
	}

	private HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/checklist"))
			.header("Content-Type", contentType)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,*/*;q=0.8")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
