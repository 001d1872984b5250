package org.psoascare.api;

import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API module with the modules it reads and the project's real content: the guide list
 * has an item for every guide file.
 */
@ApplicationModuleTest(BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class ApiModuleTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theGuideListHasEveryGuide() throws Exception {
		this.mvc.perform(get("/api/v1/guides"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(RealContent.guides()));
	}

}
