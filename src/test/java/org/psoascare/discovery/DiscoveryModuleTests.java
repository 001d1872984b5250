package org.psoascare.discovery;

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
 * The discovery module with the modules it may read and the project's real content: the
 * sitemap lists every guide the guide catalog has.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "checklist")
@AutoConfigureMockMvc
class DiscoveryModuleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GuideCatalog guides;

	@Test
	void theSitemapListsEveryGuide() throws Exception {
		String sitemap = this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		assertThat(this.guides.all()).isNotEmpty()
			.allSatisfy((GuideSummary guide) -> assertThat(sitemap).contains("/guides/" + guide.slug() + "</loc>"));
	}

}
