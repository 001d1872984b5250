package org.psoascare.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** Behind TLS, one setting turns on HSTS. */
@SpringBootTest(properties = "psoascare.security.hsts=true")
@AutoConfigureMockMvc
class HstsSettingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void hstsIsSentWhenSwitchedOn() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000; includeSubDomains"));
	}

}
