package org.psoascare.offline;

import org.junit.jupiter.api.Test;
import org.psoascare.content.ContentInfo;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The offline module with only what it may use (content and web), so no feature lists its
 * pages through {@link OfflinePages}: the service worker still carries the content
 * version, and the list it keeps holds the offline page.
 */
@ApplicationModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
class OfflineModuleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentInfo content;

	@Test
	void theWorkerCarriesTheContentVersionAndKeepsTheOfflinePage() throws Exception {
		String worker = this.mvc.perform(get("/sw.js")).andReturn().getResponse().getContentAsString();
		assertThat(worker).contains("'" + this.content.version() + "'");
		String list = this.mvc.perform(get("/offline/precache.json")).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("\"/offline\"").contains(this.content.version());
	}

}
