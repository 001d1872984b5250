package org.psoascare.web;

import org.junit.jupiter.api.Test;
import org.psoascare.PageSlice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** Behind TLS, one setting turns on HSTS. */
@PageSlice(value = HomeController.class, properties = "psoascare.security.hsts=true")
class HstsSettingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void hstsIsSentWhenSwitchedOn() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000; includeSubDomains"));
	}

}
