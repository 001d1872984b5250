package org.psoascare.web;

import org.junit.jupiter.api.Test;
import org.psoascare.stretch.StretchCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Parameters a page does not understand cannot add cache entries: 520 requests with
 * made-up parameters and 7 KB of padding are one page, rendered once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageCacheFloodTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PageCache cache;

	@MockitoSpyBean
	StretchCatalog stretches;

	@Test
	void unknownParametersShareTheOnePage() throws Exception {
		String plain = this.mvc.perform(get("/stretches")).andReturn().getResponse().getContentAsString();
		clearInvocations(this.stretches);
		int[] before = this.cache.sizes();
		String pad = "p".repeat(7 * 1024);
		for (int i = 0; i < 520; i++) {
			String page = this.mvc.perform(get("/stretches?x=" + i + "&pad=" + pad))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).isEqualTo(plain);
		}
		assertThat(this.cache.sizes()).isEqualTo(before);
		verify(this.stretches, times(0)).list(any());
	}

	@Test
	void aFilterIsKeyedOnlyByTheParametersTheListUnderstands() throws Exception {
		String core = this.mvc.perform(get("/stretches?target=core")).andReturn().getResponse().getContentAsString();
		String withJunk = this.mvc.perform(get("/stretches?zzz=1&target=core&utm_source=x"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String withEmpty = this.mvc.perform(get("/stretches?kind=&target=core"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(withJunk).isEqualTo(core).doesNotContain("zzz", "utm_source");
		assertThat(withEmpty).isEqualTo(core);
		verify(this.stretches, times(1)).list(any());
	}

	@Test
	void badFilterValuesAreRefusedAndNotKept() throws Exception {
		int[] before = this.cache.sizes();
		this.mvc.perform(get("/stretches?target=" + "x".repeat(7 * 1024))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/stretches?target=core&target=glutes")).andExpect(status().isBadRequest());
		assertThat(this.cache.sizes()).isEqualTo(before);
	}

}
