package org.psoascare.plan;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan module with the project's real content: its catalog gives every plan, and each
 * plan's every week has a page. No plan bean calls content, guide or stretch beans (a
 * plan names guides, routines and stretches through the loader's index), so Spring
 * Modulith would leave them out; they are included by name, with what they use in turn.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "content", "web", "guide", "stretch", "checklist" })
class PlanModuleTests {

	@Autowired
	PlanCatalog catalog;

	@Test
	void theCatalogGivesEveryPlanWithAPagePerWeek() {
		assertThat(this.catalog.plans()).hasSize(RealContent.plans()).allSatisfy((plan) -> {
			assertThat(plan.weeks()).isPositive();
			for (int week = 1; week <= plan.weeks(); week++) {
				assertThat(this.catalog.page(plan.slug(), week, Set.of())).as("%s week %d", plan.slug(), week)
					.isPresent();
			}
		});
	}

}
