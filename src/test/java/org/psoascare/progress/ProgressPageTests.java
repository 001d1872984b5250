package org.psoascare.progress;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.psoascare.PageSlice;
import org.psoascare.web.ContentSecurityPolicy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The progress page as the server sends it: a Content-Security-Policy that forbids every
 * connection from the page (GET and HEAD alike), the paper diary that is the page without
 * JavaScript, the place the data is kept said plainly, and the emergency signs. The page
 * needs no content, so an MVC slice with the real web module serves it.
 */
@PageSlice(ProgressController.class)
class ProgressPageTests {

	@Autowired
	MockMvc mvc;

	private MockHttpServletResponse send(String method, String path) throws Exception {
		return this.mvc.perform(request(HttpMethod.valueOf(method), path)).andReturn().getResponse();
	}

	@Test
	void thePageMayConnectNowhere() throws Exception {
		for (String method : new String[] { "GET", "HEAD" }) {
			MockHttpServletResponse response = send(method, "/progress");
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeaders("Content-Security-Policy")).as(method)
				.containsExactly(ContentSecurityPolicy.NO_CONNECTIONS);
		}
		assertThat(ContentSecurityPolicy.NO_CONNECTIONS).contains("connect-src 'none'")
			.doesNotContain("connect-src 'self'", "unsafe-inline", "unsafe-eval")
			.contains("default-src 'self'", "script-src 'self'", "worker-src 'self'", "frame-ancestors 'none'");
		// Other pages keep the site's policy (the home page: the slice has no content
		// pages).
		assertThat(send("GET", "/").getHeader("Content-Security-Policy")).isEqualTo(ContentSecurityPolicy.SITE);
	}

	@Test
	void withoutJavaScriptThePageIsAPaperDiaryAndSaysWhereTheDataIs() throws Exception {
		Document page = Jsoup.parse(send("GET", "/progress").getContentAsString());
		assertThat(page.select("[data-app]").hasAttr("hidden")).as("the diary needs JavaScript").isTrue();
		assertThat(page.select("[data-paper]").hasAttr("hidden")).as("the paper diary is the page without it")
			.isFalse();
		assertThat(page.select(".paper-table tbody tr")).hasSize(14);
		assertThat(page.select(".privacy").text()).contains("stays in this browser, on this device")
			.contains("This site never receives it");
		assertThat(page.select("[data-urgency=emergency] .emergency-signs li")).isNotEmpty();
		assertThat(page.select("[data-role=trend] a").attr("href")).isEqualTo("/checklist");
		assertThat(page.select("script[src]").eachAttr("src")).anyMatch((src) -> src.startsWith("/js/progress-"));
		assertThat(page.select("form[action], form[method=post]")).as("the diary form sends nothing").isEmpty();
	}

}
