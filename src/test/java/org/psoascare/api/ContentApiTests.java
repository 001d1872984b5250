package org.psoascare.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.psoascare.TestHttp;
import org.psoascare.content.RealContent;
import org.psoascare.web.SiteCrawler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content API over real HTTP, checked against the pages: every guide, stretch and
 * routine the site shows is in the API with the same data; answers carry ETags and the
 * pages' caching; unknown addresses are JSON problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentApiTests {

	private static final String BASE = "http://localhost:8080";

	private final TestHttp http = new TestHttp(() -> this.port);

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private static Map<String, Document> pages;

	private Map<String, Document> pages() {
		if (pages == null) {
			SiteCrawler site = new SiteCrawler(this.port).crawl();
			Map<String, Document> parsed = new LinkedHashMap<>();
			site.pages().forEach((path) -> parsed.put(path, Jsoup.parse(site.responses().get(path).body())));
			pages = parsed;
		}
		return pages;
	}

	@Test
	void everyGuideOnTheSiteIsInTheApiWithTheSameData() {
		List<String> paths = paths("/guides/");
		JsonNode list = getJson("/api/v1/guides");
		List<String> listed = new ArrayList<>();
		list.forEach((item) -> listed.add(item.path("slug").asString()));
		assertThat(listed).containsExactlyInAnyOrderElementsOf(slugs(paths));
		for (JsonNode item : list) {
			assertThat(item.path("api").asString()).isEqualTo(BASE + "/api/v1/guides/" + item.path("slug").asString());
		}
		for (String path : paths) {
			Document page = pages().get(path);
			JsonNode guide = getJson("/api/v1" + path);
			assertThat(guide.path("title").asString()).as(path).isEqualTo(page.selectFirst("h1").text());
			assertThat(guide.path("summary").asString()).isEqualTo(page.selectFirst(".lead").text());
			assertThat(guide.path("reviewed").asString())
				.isEqualTo(page.select(".review-dates time").get(0).attr("datetime"));
			assertThat(guide.path("nextReview").asString())
				.isEqualTo(page.select(".review-dates time").get(1).attr("datetime"));
			assertThat(guide.path("page").asString()).isEqualTo(BASE + path);
			assertThat(guide.path("licence").asString()).isEqualTo("CC-BY-4.0");
			assertThat(Jsoup.parseBodyFragment(guide.path("bodyHtml").asString()).body().html())
				.as("the same rendered body: " + path)
				.isEqualTo(Jsoup.parseBodyFragment(page.selectFirst(".prose").html()).body().html());
			List<String> sources = new ArrayList<>();
			guide.path("sources").forEach((source) -> sources.add(source.path("url").asString()));
			assertThat(sources).isEqualTo(page.select(".sources li a").eachAttr("href"));
			assertThat(guide.path("sources").get(0).path("number").asInt()).isEqualTo(1);
			List<String> sections = new ArrayList<>();
			guide.path("sections").forEach((section) -> sections.add("#" + section.path("anchor").asString()));
			assertThat(page.select(".toc a").eachAttr("href")).containsAll(sections);
		}
	}

	@Test
	void everyStretchOnTheSiteIsInTheApiWithTheSameData() {
		List<String> paths = paths("/stretches/");
		JsonNode list = getJson("/api/v1/stretches");
		List<String> listed = new ArrayList<>();
		list.forEach((item) -> listed.add(item.path("slug").asString()));
		assertThat(listed).containsExactlyInAnyOrderElementsOf(slugs(paths)).hasSize(RealContent.stretches());
		for (String path : paths) {
			Document page = pages().get(path);
			JsonNode stretch = getJson("/api/v1" + path);
			assertThat(stretch.path("name").asString()).as(path).isEqualTo(page.selectFirst("h1").text());
			assertThat(stretch.path("summary").asString()).isEqualTo(page.selectFirst(".lead").text());
			assertThat(texts(stretch.path("steps"))).isEqualTo(page.select("ol.steps li").eachText());
			assertThat(texts(stretch.path("cautions"))).isEqualTo(page.select(".cautions li").eachText());
			assertThat(page.selectFirst(".illustration svg").attr("aria-label"))
				.endsWith(stretch.path("illustrationAlt").asString());
			assertThat(stretch.path("illustration").asString()).isEqualTo(BASE
					+ pages().get("/stretches").selectFirst(".stretch-card:has(a[href=" + path + "]) img").attr("src"));
			assertThat(stretch.path("holdSeconds").asInt()).isPositive();
			assertThat(stretch.path("sides").asString()).isIn("each", "both");
		}
	}

	@Test
	void everyRoutineOnTheSiteIsInTheApiWithItsSteps() {
		List<String> paths = paths("/routines/");
		JsonNode list = getJson("/api/v1/routines");
		assertThat(list.size()).isEqualTo(RealContent.routines());
		for (String path : paths) {
			Document page = pages().get(path);
			JsonNode routine = getJson("/api/v1" + path);
			assertThat(routine.path("title").asString()).as(path).isEqualTo(page.selectFirst("h1").text());
			assertThat(routine.path("introduction").asString()).isEqualTo(page.selectFirst(".notice").text());
			List<Element> items = page.select("ol.routine-steps > li");
			assertThat(routine.path("steps").size()).isEqualTo(items.size());
			int total = 0;
			for (int i = 0; i < items.size(); i++) {
				JsonNode step = routine.path("steps").get(i);
				Element item = items.get(i);
				assertThat(step.path("number").asInt()).isEqualTo(i + 1);
				assertThat(step.path("stretchName").asString()).isEqualTo(item.selectFirst("h3").text());
				assertThat(String.valueOf(step.path("holdSeconds").asInt())).isEqualTo(item.attr("data-hold"));
				assertThat(String.valueOf(step.path("reps").asInt())).isEqualTo(item.attr("data-reps"));
				assertThat(step.path("sides").asString()).isEqualTo(item.attr("data-sides"));
				assertThat(String.valueOf(step.path("restSeconds").asInt())).isEqualTo(item.attr("data-rest"));
				assertThat(step.path("stretch").path("page").asString())
					.isEqualTo(BASE + item.selectFirst("h3 a").attr("href"));
				total += step.path("totalSeconds").asInt();
			}
			assertThat(routine.path("totalSeconds").asInt()).isEqualTo(total);
		}
	}

	@Test
	void answersHaveETagsAndThePagesCaching() throws Exception {
		for (String path : List.of("/api/v1", "/api/v1/guides", "/api/v1/guides/psoas",
				"/api/v1/stretches/thomas-stretch", "/api/v1/routines/desk-break", "/api/v1/checklist")) {
			// A browser's request from another site's page names that site: any may read.
			HttpResponse<String> first = get(path, Map.of("Origin", "https://example.org"));
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
			assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=3600, public");
			assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
			assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
			String etag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(etag).matches("\"[0-9a-f]{32}\"");

			HttpResponse<String> again = get(path, Map.of("If-None-Match", etag));
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).isEmpty();

			HttpResponse<byte[]> gzip = this.http.send(
					request(path, Map.of("Accept-Encoding", "gzip", "Origin", "https://example.org")),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(gzip.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
			assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(gzip.headers().firstValue("ETag"))
				.hasValue(etag.replace("\"", "").transform((hash) -> "\"" + hash + "-gzip\""));
			assertThat(gzip.body().length).isLessThan(first.body().length() + 1);
		}
	}

	@Test
	void unknownItemsAndAddressesAreJsonProblems() {
		for (String path : List.of("/api/v1/guides/no-such-guide", "/api/v1/stretches/no-such-stretch",
				"/api/v1/routines/no-such-routine", "/api/v1/nothing-here", "/api/v2/guides")) {
			HttpResponse<String> response = get(path, Map.of());
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
				.startsWith("application/problem+json");
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.path("status").asInt()).isEqualTo(404);
			assertThat(response.headers().firstValue("ETag")).isEmpty();
		}
	}

	private List<String> paths(String prefix) {
		return pages().keySet().stream().filter((path) -> path.startsWith(prefix)).toList();
	}

	private static List<String> slugs(List<String> paths) {
		return paths.stream().map((path) -> path.substring(path.lastIndexOf('/') + 1)).toList();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((item) -> texts.add(item.asString()));
		return texts;
	}

	private JsonNode getJson(String path) {
		HttpResponse<String> response = get(path, Map.of());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> get(String path, Map<String, String> headers) {
		return this.http.send(request(path, headers), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path, Map<String, String> headers) {
		HttpRequest.Builder builder = this.http.request(path).header("Accept", "application/json");
		headers.forEach(builder::header);
		return builder.build();
	}

}
