package org.psoascare.search;

import org.junit.jupiter.api.Test;
import org.psoascare.guide.GuideCatalog;
import org.psoascare.guide.GuideSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The search module with the modules it may read and the project's real content, through
 * its page: searching for a guide's title finds that guide.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "checklist")
@AutoConfigureMockMvc
class SearchModuleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GuideCatalog guides;

	@Test
	void searchingForAGuidesTitleFindsIt() throws Exception {
		assertThat(this.guides.all()).isNotEmpty().allSatisfy((GuideSummary guide) -> {
			String page = this.mvc.perform(get("/search").param("q", guide.title()))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(guide.title()).contains("href=\"/guides/" + guide.slug() + "\"");
		});
	}

}
