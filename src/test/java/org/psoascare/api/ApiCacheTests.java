package org.psoascare.api;

import org.junit.jupiter.api.Test;
import org.psoascare.content.ContentLoadedEvent;
import org.psoascare.content.LoadReport;
import org.psoascare.guide.GuideCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API answers are built once per content load, like pages: a second GET and a 304
 * revalidation do not read the catalog again; a content load starts afresh.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@MockitoSpyBean
	GuideCatalog guides;

	@Test
	void aGuideIsBuiltOncePerContentLoad() throws Exception {
		MvcResult first = this.mvc.perform(get("/api/v1/guides/sciatica")).andExpect(status().isOk()).andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		clearInvocations(this.guides);
		MvcResult second = this.mvc.perform(get("/api/v1/guides/sciatica")).andExpect(status().isOk()).andReturn();
		assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		this.mvc.perform(get("/api/v1/guides/sciatica").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		verify(this.guides, never()).page("sciatica");

		// A content load starts afresh (other features, such as search, read the catalog
		// then too); after the first request, the answer is served without reading again.
		this.events.publishEvent(new ContentLoadedEvent(new LoadReport(java.util.Map.of(), "test-version")));
		this.mvc.perform(get("/api/v1/guides/sciatica")).andExpect(status().isOk());
		clearInvocations(this.guides);
		this.mvc.perform(get("/api/v1/guides/sciatica")).andExpect(status().isOk());
		verify(this.guides, never()).page("sciatica");
	}

}
