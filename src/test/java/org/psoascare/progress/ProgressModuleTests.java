package org.psoascare.progress;

import org.junit.jupiter.api.Test;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.stretch.StretchCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The progress module with what it may use, and what that needs in turn (stretch reads
 * guides), and the project's real content, but without the plan module: every routine has
 * its "Add to my calendar" form, and plan titles are optional ({@link PlanReminders} has
 * no implementation here).
 */
@ApplicationModuleTest(BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class ProgressModuleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StretchCatalog stretches;

	@Test
	void everyRoutineHasACalendarForm() throws Exception {
		assertThat(this.stretches.routines()).isNotEmpty().allSatisfy((RoutineSummary routine) -> {
			String form = this.mvc.perform(get("/calendar").param("routine", routine.slug()))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(form).as(routine.slug())
				.contains(HtmlUtils.htmlEscape(routine.title()))
				.contains("name=\"routine\" value=\"" + routine.slug() + "\"");
		});
	}

}
