package org.psoascare.search;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.psoascare.web.AssetUrls;
import org.psoascare.web.SiteAddress;
import org.psoascare.web.SiteProperties;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page filled per search ({@link SearchPages}): every value a request puts in
 * the page is escaped for where it goes, no template tag reaches a page, and the page
 * rendered once holds nothing of the request that rendered it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPagesTests {

	/** Every character that HTML or a link's query could take as markup. */
	private static final String MARKUP = "\"'<&>";

	@Autowired
	MockMvc mvc;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	MessageSource messages;

	@Autowired
	SiteAddress address;

	@Autowired
	SiteProperties site;

	@Autowired
	AssetUrls assets;

	@Test
	void theQueryIsShownBackExactlyInEveryPlaceEvenWithMarkupInIt() throws Exception {
		String typed = "stretch " + MARKUP + " <!-- --> </>";
		// More than one page of results, so the links to the next page carry the query.
		Document page = Jsoup.parse(search("q", typed, "page", "2"));

		assertThat(page.title()).isEqualTo("Results for \u201c\u2068" + typed + "\u2069\u201d \u00b7 "
				+ this.messages.getMessage("site.name", null, Locale.UK));
		assertThat(page.selectFirst("input#q").attr("value")).isEqualTo(typed);
		assertThat(page.selectFirst("h2 q bdi").text()).isEqualTo(typed);
		List<Element> pageLinks = page.select("nav.search-pages a");
		assertThat(pageLinks).isNotEmpty();
		for (Element link : pageLinks) {
			Map<String, String> parameters = queryParameters(link.attr("href"));
			assertThat(parameters).containsEntry("q", typed).containsKey("page");
		}
	}

	@Test
	void aSuggestionIsEscapedInItsLinkAndItsText() throws Exception {
		Document page = Jsoup.parse(search("q", "bakc pian " + MARKUP));

		Element suggestion = page.selectFirst("a:has(bdi)");
		assertThat(suggestion).isNotNull();
		assertThat(queryParameters(suggestion.attr("href"))).containsEntry("q", suggestion.text());
	}

	@Test
	void snippetsAndTitlesKeepTheirTextAndMarkWholeWords() throws Exception {
		Document page = Jsoup.parse(search("q", "sitting"));

		List<Element> results = page.select("ol.results > li");
		assertThat(results).isNotEmpty();
		for (Element result : results) {
			assertThat(result.selectFirst("h3 a").attr("href"))
				.matches("/(guides|stretches|routines|plans)/[a-z0-9-]+");
			assertThat(result.selectFirst("h3 a").text()).isNotBlank();
			assertThat(result.selectFirst("p.result-kind").text()).isNotBlank();
			assertThat(result.selectFirst("p.snippet").text()).isNotBlank();
		}
		assertThat(page.select("p.snippet mark")).isNotEmpty()
			.allSatisfy((mark) -> assertThat(mark.text().toLowerCase(Locale.ROOT)).startsWith("sit"));
	}

	@Test
	void noTemplateTagEverReachesAPageAndATagTypedIsShownLikeAnyOtherText() throws Exception {
		for (String[] parameters : new String[][] { {}, { "q", "" }, { "q", "%%%" }, { "q", "a" }, { "q", "zzzzqqq" },
				{ "q", "bakc pian" }, { "q", "stretch" }, { "q", "stretch", "page", "2" },
				{ "q", "stretch", "page", "99" }, { "q", "sciatica ".repeat(20) } }) {
			assertThat(search(parameters)).as(String.join(" ", parameters)).doesNotContain("{{", "}}");
		}

		String typed = "{{zzqq}} {{{qqzz}}} {{#zzxx}}";
		Document page = Jsoup.parse(search("q", typed));
		assertThat(page.selectFirst("input#q").attr("value")).isEqualTo(typed);
		assertThat(page.selectFirst("h2 q bdi").text()).isEqualTo(typed);
		assertThat(page.select("main").text()).contains("Nothing matches");
	}

	@Test
	void theSearchPageIsSentAsAViewWouldBe() throws Exception {
		MvcResult result = this.mvc.perform(get("/search").param("q", "psoas")).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en-GB");
		assertThat(result.getResponse().getContentLength())
			.isEqualTo(result.getResponse().getContentAsByteArray().length);
		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

	@Test
	void thePiecesKeepNothingOfTheRequestThatRenderedThem() {
		SearchPages pages = new SearchPages(this.templates, this.messages, this.address);
		MockHttpServletRequest first = new MockHttpServletRequest("GET", "/search;evil=1");
		first.setQueryString("q=private+words");
		first.addParameter("q", "private words");

		SearchPages.Pieces pieces = pages.pieces(
				Map.of("site", this.site, "assets", this.assets, "siteAddress", this.address), first,
				new MockHttpServletResponse());
		String page = pages.page(pieces, SearchQuery.of(""), false, null, false, Locale.UK);

		assertThat(Jsoup.parse(page).selectFirst("link[rel=canonical]").attr("href"))
			.isEqualTo(this.address.url("/search"));
		assertThat(page).doesNotContain("evil", "private");
		assertThat(pages.pieces(Map.of(), new MockHttpServletRequest("GET", "/search"), new MockHttpServletResponse()))
			.as("rendered once")
			.isSameAs(pieces);
	}

	private String search(String... parameters) throws Exception {
		var request = get("/search");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static Map<String, String> queryParameters(String href) {
		assertThat(href).startsWith("/search?");
		Map<String, String> parameters = new HashMap<>();
		for (String pair : href.substring("/search?".length()).split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			parameters.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
		}
		return parameters;
	}

}
