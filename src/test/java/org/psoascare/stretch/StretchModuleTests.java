package org.psoascare.stretch;

import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stretch module with the modules it may use (content, web, guide, offline) and the
 * project's real guides, stretches and routines: its catalog gives every routine, each
 * with a page whose length is its steps' total.
 */
@ApplicationModuleTest(BootstrapMode.ALL_DEPENDENCIES)
class StretchModuleTests {

	@Autowired
	StretchCatalog catalog;

	@Test
	void theCatalogGivesEveryRoutineWithItsSteps() {
		assertThat(this.catalog.routines()).hasSize(RealContent.routines()).allSatisfy((summary) -> {
			RoutinePage page = this.catalog.routine(summary.slug()).orElseThrow();
			assertThat(page.steps()).isNotEmpty();
			assertThat(page.summary().totalSeconds())
				.isEqualTo(page.steps().stream().mapToInt(RoutineStepView::totalSeconds).sum());
		});
	}

}
