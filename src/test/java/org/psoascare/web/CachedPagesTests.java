package org.psoascare.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each feature declares its content pages with {@link CachedPage}; together they are
 * exactly the pages the page cache kept when it listed them itself, every one is cached,
 * and nothing else is.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CachedPagesTests {

	/**
	 * The rule PageCache held before the features declared their pages, with the plans
	 * added since (issue 23).
	 */
	private static final Pattern FORMER_RULE = Pattern.compile(
			"/|/guides(/[a-z0-9-]+)?|/stretches(/[a-z0-9-]+)?|/routines(/[a-z0-9-]+)?|/plans(/[a-z0-9-]+)?|/checklist");

	@Autowired
	MockMvc mvc;

	@Autowired
	CachedPages pages;

	@Test
	void theFeaturesDeclareTheSamePagesAsBefore() {
		assertThat(this.pages.patterns()).containsExactly("/", "/checklist", "/guides", "/guides/{slug}", "/plans",
				"/plans/{slug}", "/routines", "/routines/{slug}", "/stretches", "/stretches/{slug}");
		assertThat(this.pages.entryPages()).containsExactly("/", "/checklist", "/guides", "/plans", "/routines",
				"/stretches");
		for (String path : List.of("/", "", "//", "/guides", "/guides/", "/guides/psoas", "/guides/Psoas",
				"/guides/psoas/more", "/guides/a-1", "/guides/psoas.json", "/guidesx", "/x/guides", "/stretches",
				"/stretches/cat-cow", "/stretches/cat_cow", "/routines", "/routines/desk-break", "/plans",
				"/plans/sciatica-plan", "/plans/Sciatica", "/checklist", "/checklist/", "/checklist/result", "/search",
				"/api/v1/guides", "/api/v1/guides/psoas", "/robots.txt", "/sitemap.xml", "/manifest.webmanifest",
				"/css/site.css", "/error", "/actuator/health")) {
			assertThat(this.pages.matches(path)).as(path).isEqualTo(FORMER_RULE.matcher(path).matches());
		}
	}

	@Test
	void everyDeclaredPageIsCachedAndSearchIsNot() throws Exception {
		for (String pattern : this.pages.patterns()) {
			String path = pattern.contains("{") ? firstLinkedPage(pattern.substring(0, pattern.indexOf('{'))) : pattern;
			MvcResult page = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, PageCache.CACHE_CONTROL))
				.andReturn();
			String etag = page.getResponse().getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(path).isNotNull();
			this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
		}

		MvcResult search = this.mvc.perform(get("/search").param("q", "psoas")).andExpect(status().isOk()).andReturn();
		assertThat(search.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(search.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isNotEqualTo(PageCache.CACHE_CONTROL);
		this.mvc.perform(get("/search").param("q", "psoas").header(HttpHeaders.IF_NONE_MATCH, "*"))
			.andExpect(status().isOk());
	}

	@Test
	void anAddressTheCacheCannotMatchCheaplyIsRefused() {
		assertThat(CachedPages.regex("/guides/{slug}")).isEqualTo("/\\Qguides\\E/[a-z0-9-]+");
		for (String pattern : List.of("/guides/**", "/guides/*", "/guides/{slug:[a-z]+}", "/guides/", "/g?ides",
				"/guides/{*rest}")) {
			assertThatIllegalStateException().as(pattern).isThrownBy(() -> CachedPages.regex(pattern));
		}
	}

	/** The first page under the prefix that its list page links to, such as a guide. */
	private String firstLinkedPage(String prefix) throws Exception {
		String list = this.mvc.perform(get(prefix.substring(0, prefix.length() - 1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[a-z0-9-]+)\"").matcher(list);
		assertThat(link.find()).as("a link to " + prefix + "…").isTrue();
		return link.group(1);
	}

}
