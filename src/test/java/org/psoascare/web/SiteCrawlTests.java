package org.psoascare.web;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.psoascare.TestHttp;
import org.psoascare.content.RealContent;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application on a random port and follows every internal link and asset from
 * the home page over real HTTP, failing on any that does not answer 200 or on a same-page
 * anchor whose target id does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteCrawlTests {

	private final TestHttp http = new TestHttp(() -> this.port);

	@LocalServerPort
	int port;

	@Test
	void everyInternalLinkFromTheHomePageAnswers200() {
		SiteCrawler site = new SiteCrawler(this.port).crawl();
		Set<String> pages = site.responses().keySet();

		assertThat(site.broken()).as("broken links").isEmpty();
		assertThat(pages).as("pages reached")
			.contains("/guides", "/guides/psoas", "/guides/when-to-see-a-professional", "/search", "/stretches",
					"/routines", "/checklist");
		assertThat(pages).as("content-hashed assets")
			.anyMatch((path) -> path.matches("/css/site-[0-9a-f]{32}\\.css"))
			.anyMatch((path) -> path.matches("/js/player-[0-9a-f]{32}\\.js"))
			.anyMatch((path) -> path.matches("/img/stretches/thomas-stretch-[0-9a-f]{32}\\.svg"));
		assertThat(pages.stream().filter((path) -> path.startsWith("/stretches/"))).hasSize(RealContent.stretches());
		assertThat(pages.stream().filter((path) -> path.startsWith("/routines/"))).hasSize(RealContent.routines());
		assertThat(pages.stream().filter((path) -> path.startsWith("/guides/"))).hasSize(RealContent.guides());
		// Template comments are for developers: Thymeleaf's <!--/* ... */--> keeps them
		// out
		// of what visitors are sent.
		assertThat(site.pages()).as("HTML pages")
			.isNotEmpty()
			.allSatisfy((path) -> assertThat(site.responses().get(path).body()).as("an HTML comment sent with %s", path)
				.doesNotContain("<!--"));
	}

	@Test
	void noCommentIsSentWithTheChecklistFormOrAnyResult() throws Exception {
		for (String body : new String[] { "answer=pain-one-leg", "answer=fever", "answer=chest-pain&age=forty",
				"answer=pain-one-leg&age=forty", "peeing-changed=peeing-changed-yes" }) {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.http.uri("/checklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.body()).as(body).contains("</html>").doesNotContain("<!--");
		}
	}

	@Test
	void aHeadRequestFirstDoesNotLeaveAnEmptyPageInTheCache() throws Exception {
		HttpResponse<Void> head = this.http.send(HttpRequest.newBuilder(this.http.uri("/guides/deep-tissue-massage"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(head.statusCode()).isEqualTo(200);

		HttpResponse<String> get = get("/guides/deep-tissue-massage");
		assertThat(get.body()).contains("<h1>Deep tissue massage</h1>", "id=\"source-1\"");
		assertThat(get.headers().firstValue("Content-Length").map(Integer::parseInt).orElse(0))
			.isEqualTo(get.body().getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void unknownGuideIsA404PageInTheLayoutWithAWayBack() {
		HttpResponse<String> response = get("/guides/no-such-guide");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "href=\"/guides\"", "class=\"skip-link\"")
			.doesNotContain("Exception", "Whitelabel");
	}

	@Test
	void badChecklistInputGetsTheFormAgainInTheLayoutWithoutEchoingIt() throws Exception {
		HttpResponse<String> response = post("answer=%3Cscript%3Ezz-echo%3C%2Fscript%3E",
				"application/x-www-form-urlencoded");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("There is a problem", "class=\"skip-link\"")
			.doesNotContain("zz-echo", "Exception", "Whitelabel");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void aNonFormBodyGetsThe400PageInTheLayout() throws Exception {
		HttpResponse<String> response = post("{\"answer\":\"zz-echo\"}", "application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body())
			.contains("That request could not be handled", "class=\"skip-link\"",
					"Call 999 or go to the emergency department now if you have back pain")
			.doesNotContain("zz-echo", "Exception", "Whitelabel");
		HttpResponse<String> multipart = post("answer=cannot-pee", "multipart/form-data");
		assertThat(multipart.statusCode()).isEqualTo(400);
		assertThat(multipart.body()).contains("Call 999 or go to the emergency department now if you have back pain");
	}

	@Test
	void aBrokenEscapeInTheBodyNeverHidesARedFlagThatCanBeRead() throws Exception {
		for (String body : new String[] { "answer=saddle-numbness&answer=fever%G0",
				"answer=fever%G0&answer=saddle-numbness", "answer=saddle-numbness&age=4%",
				"answer=saddle-numbness&%ZZ=1" }) {
			HttpResponse<String> response = post(body, "application/x-www-form-urlencoded");

			assertThat(response.statusCode()).as(body).isEqualTo(200);
			assertThat(response.body()).as(body)
				.contains("data-disposition=\"emergency\"", "Some of your answers could not be read");
		}
	}

	@Test
	void aHugeChecklistBodyGetsAnErrorPageInTheLayout() throws Exception {
		HttpResponse<String> response = post("answer=" + "a".repeat(40_000), "application/x-www-form-urlencoded");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("class=\"skip-link\"").doesNotContain("Exception", "Tomcat");
	}

	private HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.http.uri("/checklist"))
			.header("Content-Type", contentType)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) {
		return new SiteCrawler(this.port).get(path);
	}

}
