package org.psoascare.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.psoascare.guide.GuideCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Content pages are rendered once, then served from memory with a strong ETag. */
@SpringBootTest
@AutoConfigureMockMvc
class PageCacheTests {

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	GuideCatalog guides;

	@Test
	void aGuideIsRenderedOnceAndRevalidatedWith304() throws Exception {
		MvcResult first = this.mvc.perform(get("/guides/sciatica"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=3600, public"))
			.andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).matches("\"[0-9a-f]{32}\"");

		MvcResult second = this.mvc.perform(get("/guides/sciatica")).andExpect(status().isOk()).andReturn();
		assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		MvcResult notModified = this.mvc.perform(get("/guides/sciatica").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andReturn();
		assertThat(notModified.getResponse().getContentAsByteArray()).isEmpty();

		verify(this.guides, times(1)).page("sciatica");
	}

	/**
	 * Revalidation by RFC 9110's rules, the same for a page and an API answer: a list of
	 * tags, weak comparison, {@code *}; another tag is not a match.
	 */
	@Test
	void conditionalRequestsFollowTheRulesForPagesAndApiAnswersAlike() throws Exception {
		for (String path : List.of("/guides/psoas", "/api/v1/guides/psoas")) {
			String etag = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(path).matches("\"[0-9a-f]{32}\"");
			this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "\"other\", W/" + etag))
				.andExpect(status().isNotModified())
				.andExpect(header().string(HttpHeaders.ETAG, etag));
			this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "*")).andExpect(status().isNotModified());
			this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "\"other\"")).andExpect(status().isOk());
		}
	}

	@Test
	void gzipIsServedToClientsThatAcceptIt() throws Exception {
		String plain = this.mvc.perform(get("/guides/psoas")).andReturn().getResponse().getContentAsString();
		MvcResult zipped = this.mvc.perform(get("/guides/psoas").header(HttpHeaders.ACCEPT_ENCODING, "gzip, br"))
			.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
			.andExpect(header().string(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING))
			.andReturn();

		byte[] body = zipped.getResponse().getContentAsByteArray();
		assertThat(body.length).isLessThan(plain.length() / 2);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
		}
		assertThat(zipped.getResponse().getHeader(HttpHeaders.ETAG)).endsWith("-gzip\"");
	}

	@Test
	void missingPagesAreNeitherCachedNorGivenAnEtag() throws Exception {
		for (int i = 0; i < 2; i++) {
			MvcResult missing = this.mvc.perform(get("/guides/no-such-guide"))
				.andExpect(status().isNotFound())
				.andReturn();
			assertThat(missing.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		}
		verify(this.guides, times(2)).page("no-such-guide");
	}

	@Test
	void checklistResultsAreNeverCached() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/checklist").contentType("application/x-www-form-urlencoded").content("answer=fever"))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
	}

	@Test
	void staticAssetsHaveContentHashedNamesAndAreImmutable() throws Exception {
		String home = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		Matcher css = Pattern.compile("/css/site-[0-9a-f]{32}\\.css").matcher(home);
		assertThat(css.find()).isTrue();

		this.mvc.perform(get(css.group()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable"));
		verify(this.guides, times(0)).page(anyString());
	}

}
