package org.psoascare.discovery;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The base URL setting is what every absolute address the site publishes starts with. */
@SpringBootTest(properties = "psoascare.site.base-url=https://psoascare.example/")
@AutoConfigureMockMvc
class BaseUrlSettingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void canonicalLinksPreviewsJsonLdSitemapRobotsAndTheApiUseIt() throws Exception {
		assertThat(body("/guides/psoas"))
			.contains("<link rel=\"canonical\" href=\"https://psoascare.example/guides/psoas\">",
					"<meta property=\"og:url\" content=\"https://psoascare.example/guides/psoas\">",
					"\"url\":\"https://psoascare.example/guides/psoas\"",
					"https://psoascare.example/guides/psoas, CC BY 4.0.")
			.doesNotContain("localhost");
		assertThat(body("/sitemap.xml"))
			.contains("<loc>https://psoascare.example/</loc>",
					"<loc>https://psoascare.example/routines/desk-break</loc>")
			.doesNotContain("localhost");
		assertThat(body("/robots.txt")).contains("Sitemap: https://psoascare.example/sitemap.xml");
		assertThat(body("/api/v1/stretches/thomas-stretch"))
			.contains("\"page\":\"https://psoascare.example/stretches/thomas-stretch\"")
			.doesNotContain("localhost");
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
