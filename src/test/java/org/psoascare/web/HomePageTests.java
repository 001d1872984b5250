package org.psoascare.web;

import org.junit.jupiter.api.Test;
import org.psoascare.PageSlice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page, in an MVC slice with the real web module (no content is needed). */
@PageSlice(HomeController.class)
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void homeSaysWhatTheSiteIsAndShowsTheEmergencySigns() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("not a diagnosis"),
					containsString("Call 999 or go to the emergency department now"),
					containsString("href=\"/guides/when-to-see-a-professional\""), containsString("href=\"/guides\""),
					containsString("href=\"/search\""), containsString("class=\"skip-link\""))));
	}

}
