package org.psoascare.discovery;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;
import org.psoascare.web.SiteCrawler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.w3c.dom.NodeList;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawls the whole site over real HTTP and checks what search engines, link previews and
 * Lighthouse's SEO audits read on every page: status, lang, title, a meta description
 * that is present and unique, the canonical link, Open Graph and Twitter tags, JSON-LD
 * that parses and has the required properties, crawlable links with descriptive text,
 * image alt text, no script that runs inline; and robots.txt, sitemap.xml and the web app
 * manifest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteHeadCrawlTests {

	/** The base URL setting's default, which the tests run with. */
	private static final String BASE = "http://localhost:8080";

	/** Link text Lighthouse's link-text audit rejects (lower case). */
	private static final Set<String> VAGUE_LINK_TEXT = Set.of("click here", "click this", "go", "here", "this", "start",
			"right here", "more", "learn more", "read more", "link");

	private static final Pattern ISO_DURATION = Pattern.compile("PT(\\d+M)?(\\d+S)?");

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private static SiteCrawler site;

	private static Map<String, Document> pages;

	@BeforeAll
	static void reset() {
		site = null;
	}

	private Map<String, Document> pages() {
		if (site == null) {
			site = new SiteCrawler(this.port).crawl();
			pages = new LinkedHashMap<>();
			for (String path : site.pages()) {
				pages.put(path, Jsoup.parse(site.responses().get(path).body(), BASE + path));
			}
		}
		return pages;
	}

	@Test
	void everyPageHasItsOwnDescriptionACanonicalLinkAndPreviewTags() {
		Map<String, String> descriptions = new HashMap<>();
		Map<String, List<String>> problems = new LinkedHashMap<>();
		// Every guide, stretch and routine page, the home page, the three lists, the
		// checklist
		// and the search page.
		assertThat(pages())
			.hasSizeGreaterThanOrEqualTo(RealContent.guides() + RealContent.stretches() + RealContent.routines() + 6);
		pages().forEach((path, page) -> {
			List<String> found = new ArrayList<>();
			if (!"en-GB".equals(page.selectFirst("html").attr("lang"))) {
				found.add("lang");
			}
			if (page.select("head > title").size() != 1 || page.title().isBlank()) {
				found.add("title");
			}
			String description = content(page, "meta[name=description]");
			if (description == null || description.length() < 50) {
				found.add("description missing or short: " + description);
			}
			else if (descriptions.putIfAbsent(description, path) != null) {
				found.add("description same as " + descriptions.get(description));
			}
			String canonical = BASE + path.replaceFirst("\\?.*", "");
			Element link = page.selectFirst("head > link[rel=canonical]");
			if (link == null || !canonical.equals(link.attr("href"))) {
				found.add("canonical " + ((link != null) ? link.attr("href") : "missing"));
			}
			if (page.select("head > link[rel=canonical]").size() > 1) {
				found.add("more than one canonical");
			}
			if (!canonical.equals(content(page, "meta[property=og:url]"))) {
				found.add("og:url");
			}
			if (!page.title().startsWith(String.valueOf(content(page, "meta[property=og:title]")))) {
				found.add("og:title not the start of the title: " + content(page, "meta[property=og:title]"));
			}
			for (String tag : List.of("meta[property=og:description]", "meta[name=twitter:description]")) {
				if (!String.valueOf(description).equals(content(page, tag))) {
					found.add(tag);
				}
			}
			for (String tag : List.of("meta[property=og:site_name]", "meta[property=og:type]",
					"meta[name=twitter:card]", "meta[name=twitter:title]", "meta[property=og:image]")) {
				if (content(page, tag) == null || content(page, tag).isBlank()) {
					found.add(tag + " missing");
				}
			}
			if (page.selectFirst("meta[name=robots]") != null) {
				found.add("a content page is noindex");
			}
			if (!found.isEmpty()) {
				problems.put(path, found);
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void everyPageMeetsTheCrawlableLinkAltTextAndScriptRules() {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		pages().forEach((path, page) -> {
			List<String> found = new ArrayList<>();
			for (Element a : page.select("a")) {
				String href = a.attr("href");
				if (href.isBlank() || href.startsWith("javascript:")) {
					found.add("uncrawlable link: " + a.outerHtml());
				}
				String text = a.text().strip().toLowerCase(java.util.Locale.ROOT);
				if (text.isEmpty() && a.attr("aria-label").isBlank()) {
					found.add("link without text: " + href);
				}
				if (VAGUE_LINK_TEXT.contains(text)) {
					found.add("vague link text: " + text);
				}
			}
			for (Element img : page.select("img")) {
				if (!img.hasAttr("alt")) {
					found.add("image without alt: " + img.attr("src"));
				}
			}
			for (Element script : page.select("script:not([src])")) {
				if (!"application/ld+json".equals(script.attr("type"))) {
					found.add("inline script that would run");
				}
			}
			if (!found.isEmpty()) {
				problems.put(path, found);
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void guidesAreMedicalWebPagesWithTheirReviewDateAndEverySourceCited() {
		List<String> guides = paths("/guides/");
		assertThat(guides).hasSize(RealContent.guides());
		for (String path : guides) {
			Document page = pages().get(path);
			JsonNode data = single(jsonLd(page), "MedicalWebPage", path);
			assertThat(data.path("@context").asString()).isEqualTo("https://schema.org");
			assertThat(data.path("name").asString()).isEqualTo(page.selectFirst("h1").text());
			assertThat(data.path("url").asString()).isEqualTo(BASE + path);
			assertThat(data.path("description").asString()).isEqualTo(content(page, "meta[name=description]"));
			assertThat(data.path("lastReviewed").asString()).as(path)
				.isEqualTo(page.selectFirst(".review-dates time").attr("datetime"));
			assertThat(data.has("reviewedBy")).as("reviewedBy is left out: no named reviewer").isFalse();
			List<String> cited = new ArrayList<>();
			data.path("citation").forEach((source) -> cited.add(source.path("url").asString()));
			assertThat(cited).as(path)
				.isNotEmpty()
				.containsExactlyElementsOf(page.select(".sources li a").eachAttr("href"));
			assertThat(data.path("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		}
	}

	@Test
	void everyWeekOfEveryPlanIsAHowToOfThatWeekAndThePlanIsInTheSitemap() {
		List<String> plans = paths("/plans/");
		assertThat(plans.stream().filter((path) -> !path.contains("?"))).hasSize(RealContent.plans());
		for (String path : plans) {
			Document page = pages().get(path);
			JsonNode data = single(jsonLd(page), "HowTo", path);
			assertThat(data.path("name").asString()).startsWith(page.selectFirst("h1").text())
				.contains(page.selectFirst("#week-heading").text());
			assertThat(data.path("url").asString()).isEqualTo(BASE + path);
			assertThat(data.path("step").size()).as(path).isGreaterThan(1);
			data.path("step").forEach((step) -> assertThat(step.path("@type").asString()).isEqualTo("HowToStep"));
		}
		String sitemap = site().get("/sitemap.xml").body();
		assertThat(sitemap).contains("<loc>" + BASE + "/plans</loc>");
		plans.stream()
			.filter((path) -> !path.contains("?"))
			.forEach((path) -> assertThat(sitemap).contains("<loc>" + BASE + path + "</loc>"));
	}

	@Test
	void stretchesAndRoutinesAreHowTosWithTheirStepsAndDurations() {
		List<String> stretches = paths("/stretches/");
		assertThat(stretches).hasSize(RealContent.stretches());
		for (String path : stretches) {
			Document page = pages().get(path);
			JsonNode data = single(jsonLd(page), "HowTo", path);
			assertThat(data.path("name").asString()).isEqualTo(page.selectFirst("h1").text());
			assertThat(data.path("url").asString()).isEqualTo(BASE + path);
			assertThat(data.path("totalTime").asString()).matches(ISO_DURATION);
			assertThat(data.path("step").size()).as(path).isPositive();
			data.path("step").forEach((step) -> assertThat(step.path("@type").asString()).isEqualTo("HowToStep"));
			assertThat(data.path("image").asString()).startsWith(BASE + "/img/stretches/");
		}
		List<String> routines = paths("/routines/");
		assertThat(routines).hasSize(RealContent.routines());
		for (String path : routines) {
			Document page = pages().get(path);
			JsonNode data = single(jsonLd(page), "HowTo", path);
			assertThat(data.path("name").asString()).isEqualTo(page.selectFirst("h1").text());
			assertThat(data.path("totalTime").asString()).matches(ISO_DURATION);
			int total = 0;
			for (JsonNode step : data.path("step")) {
				assertThat(step.path("url").asString()).startsWith(BASE + "/stretches/");
				total += seconds(step.path("timeRequired").asString());
			}
			assertThat(data.path("step").size()).as(path).isGreaterThan(2);
			assertThat(total).as("steps add up to the total: " + path)
				.isEqualTo(seconds(data.path("totalTime").asString()));
		}
		JsonNode home = single(jsonLd(pages().get("/")), "WebSite", "/");
		assertThat(home.path("url").asString()).isEqualTo(BASE + "/");
	}

	@Test
	void everyPageCreditsItselfUnderTheContentLicence() {
		pages().forEach((path, page) -> {
			Element licence = page.selectFirst("footer a[rel=license]");
			assertThat(licence).as(path).isNotNull();
			assertThat(licence.attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
			String credit = page.selectFirst("footer .credit").text();
			assertThat(credit).as(path)
				.contains(content(page, "meta[property=og:title]"), BASE + path.replaceFirst("\\?.*", ""), "CC BY 4.0");
		});
	}

	@Test
	void robotsTxtIsValidAndNamesTheSitemap() {
		HttpResponse<String> robots = site().get("/robots.txt");
		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		for (String line : robots.body().split("\n")) {
			assertThat(line).matches("|#.*|(?i:user-agent|allow|disallow): ?\\S*|Sitemap: https?://\\S+");
		}
		assertThat(robots.body()).contains("User-agent: *", "Sitemap: " + BASE + "/sitemap.xml")
			.doesNotContain("Disallow: /\n");
	}

	@Test
	void theSitemapListsEveryPageWithReviewDates() throws Exception {
		HttpResponse<String> response = site().get("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		NodeList urls = xml.getElementsByTagNameNS("*", "url");
		Map<String, String> lastmod = new LinkedHashMap<>();
		for (int i = 0; i < urls.getLength(); i++) {
			org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
			NodeList mod = url.getElementsByTagNameNS("*", "lastmod");
			lastmod.put(url.getElementsByTagNameNS("*", "loc").item(0).getTextContent(),
					(mod.getLength() > 0) ? mod.item(0).getTextContent() : null);
		}
		Set<String> crawled = new LinkedHashSet<>();
		pages().keySet().stream().filter((path) -> !path.contains("?")).forEach((path) -> crawled.add(BASE + path));
		assertThat(lastmod.keySet()).containsExactlyInAnyOrderElementsOf(crawled);
		for (String path : paths("/guides/")) {
			assertThat(lastmod.get(BASE + path)).as(path)
				.isEqualTo(pages().get(path).selectFirst(".review-dates time").attr("datetime"));
		}
		assertThat(lastmod.get(BASE + "/"))
			.isEqualTo(lastmod.values().stream().filter((date) -> date != null).max(String::compareTo).orElseThrow());
	}

	@Test
	void theManifestLetsTheSiteBeAddedToAHomeScreen() {
		HttpResponse<String> response = site().get("/manifest.webmanifest");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/manifest+json");
		JsonNode manifest = this.json.readTree(response.body());
		assertThat(manifest.path("name").asString()).isEqualTo("Psoas and sciatica self-care");
		assertThat(manifest.path("short_name").asString().length()).isBetween(1, 15);
		assertThat(manifest.path("start_url").asString()).isEqualTo("/");
		assertThat(manifest.path("display").asString()).isEqualTo("standalone");
		Set<String> sizes = new LinkedHashSet<>();
		Set<String> purposes = new LinkedHashSet<>();
		for (JsonNode icon : manifest.path("icons")) {
			HttpResponse<String> image = site().get(icon.path("src").asString());
			assertThat(image.statusCode()).as(icon.toString()).isEqualTo(200);
			assertThat(image.headers().firstValue("Content-Type").orElse("")).startsWith(icon.path("type").asString());
			sizes.add(icon.path("sizes").asString());
			purposes.add(icon.path("purpose").asString());
		}
		assertThat(sizes).contains("192x192", "512x512");
		assertThat(purposes).contains("any", "maskable");
	}

	@Test
	void errorPagesAreNotIndexedAndHaveNoCanonicalLink() {
		HttpResponse<String> response = site().get("/guides/no-such-guide");
		Document page = Jsoup.parse(response.body());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(content(page, "meta[name=robots]")).isEqualTo("noindex");
		assertThat(page.selectFirst("link[rel=canonical]")).isNull();
		assertThat(content(page, "meta[name=description]")).isNotBlank();
	}

	@Test
	void searchResultsAreNotIndexedButTheSearchPageIs() {
		Document results = Jsoup.parse(site().get("/search?q=psoas").body());
		assertThat(content(results, "meta[name=robots]")).isEqualTo("noindex");
		assertThat(results.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/search");
		assertThat(pages().get("/search").selectFirst("meta[name=robots]")).isNull();
	}

	private SiteCrawler site() {
		pages();
		return site;
	}

	private List<String> paths(String prefix) {
		return pages().keySet().stream().filter((path) -> path.startsWith(prefix)).toList();
	}

	private List<JsonNode> jsonLd(Document page) {
		List<JsonNode> nodes = new ArrayList<>();
		for (Element script : page.select("script[type=application/ld+json]")) {
			nodes.add(this.json.readTree(script.data()));
		}
		return nodes;
	}

	private static JsonNode single(List<JsonNode> nodes, String type, String path) {
		assertThat(nodes).as("JSON-LD of " + path).hasSize(1);
		assertThat(nodes.get(0).path("@type").asString()).as(path).isEqualTo(type);
		return nodes.get(0);
	}

	private static int seconds(String duration) {
		var matcher = Pattern.compile("PT(?:(\\d+)M)?(?:(\\d+)S)?").matcher(duration);
		assertThat(matcher.matches()).as(duration).isTrue();
		int minutes = (matcher.group(1) != null) ? Integer.parseInt(matcher.group(1)) : 0;
		int seconds = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0;
		return minutes * 60 + seconds;
	}

	private static String content(Document page, String selector) {
		Element element = page.selectFirst(selector);
		return (element != null) ? element.attr("content") : null;
	}

}
