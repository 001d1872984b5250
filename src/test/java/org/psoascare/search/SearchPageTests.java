package org.psoascare.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search through the application over the real guides. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	private String search(String q) throws Exception {
		MvcResult result = this.mvc.perform(get("/search").param("q", q)).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString();
	}

	@Test
	void titleMatchesRankFirstAndMatchesAreMarked() throws Exception {
		String page = search("psoas");

		int titleHit = page.indexOf("href=\"/guides/psoas\"");
		int bodyOnlyHit = page.indexOf("href=\"/guides/sitting-and-back-pain\"");
		assertThat(titleHit).isPositive();
		assertThat(bodyOnlyHit).isGreaterThan(titleHit);
		assertThat(page).containsPattern("<mark>[Pp]soas</mark>").contains("guides match.");
	}

	@Test
	void everyWordMustMatch() throws Exception {
		String page = search("trigger point");

		assertThat(page).contains("href=\"/guides/trigger-point-therapy\"");
		assertThat(search("psoas zzzzqqq")).contains("No guides match").doesNotContain("href=\"/guides/psoas\"");
	}

	@Test
	void emptyQueryAsksForAWord() throws Exception {
		assertThat(search("")).contains("Type a word or two to search the guides.").doesNotContain("guides match");
	}

	@Test
	void noQueryShowsTheFormOnly() throws Exception {
		String page = this.mvc.perform(get("/search")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("<input type=\"search\" id=\"q\" name=\"q\"").doesNotContain("Type a word", "match");
	}

	@Test
	void veryLongQueryIsShortenedCalmly() throws Exception {
		String page = search("sciatica ".repeat(200));

		assertThat(page).contains("only its first 100 characters were used", "href=\"/guides/sciatica\"");
	}

	@Test
	void oddQueriesAreEscapedAndHandled() throws Exception {
		String page = search("<script>alert(1)</script>' OR 1=1 --");

		assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(search("%%%___")).contains("has no letters or numbers");
		assertThat(search("${7*7}")).doesNotContain("49 guides").contains("${7*7}");
	}

}
