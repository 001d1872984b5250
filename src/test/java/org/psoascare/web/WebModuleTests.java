package org.psoascare.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The web module with only content beside it: the home page renders in the site's layout
 * with the emergency advice, with no feature present.
 */
@ApplicationModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
class WebModuleTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageRendersWithoutAnyFeature() throws Exception {
		var response = this.mvc.perform(get("/")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("class=\"skip-link\"")
			.contains("Call 999 or go to the emergency department now");
	}

}
