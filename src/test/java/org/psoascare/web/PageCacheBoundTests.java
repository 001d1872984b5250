package org.psoascare.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages that vary by parameter are held within a byte bound: here 64 KB, a few lists. */
@SpringBootTest(properties = "psoascare.page-cache.max-bytes=64KB")
@AutoConfigureMockMvc
class PageCacheBoundTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PageCache cache;

	@Test
	void pagesWithParametersStayWithinTheByteBound() throws Exception {
		String[] targets = { "hip-flexors", "piriformis", "hamstrings", "glutes", "core", "low-back" };
		String[] kinds = { "stretch", "strengthening", "mobility", "self-massage", "nerve-glide" };
		for (String target : targets) {
			for (String kind : kinds) {
				this.mvc.perform(get("/stretches?target=" + target + "&kind=" + kind)).andExpect(status().isOk());
				assertThat(this.cache.variantBytes()).isLessThanOrEqualTo(64 * 1024);
			}
		}
		assertThat(this.cache.sizes()[1]).isBetween(1, 29);
		// An evicted page is rendered again, the same as before.
		String first = this.mvc.perform(get("/stretches?target=hip-flexors&kind=stretch"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("<h1");
		assertThat(this.cache.variantBytes()).isLessThanOrEqualTo(64 * 1024);
	}

}
