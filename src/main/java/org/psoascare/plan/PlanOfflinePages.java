package org.psoascare.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.psoascare.offline.OfflinePages;
import org.psoascare.plan.PlanViews.PlanSummary;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the service worker keeps of this feature: the plan list and every week page of
 * every plan ({@code /plans/{slug}} for week 1, {@code /plans/{slug}?week=N} for the
 * others, the addresses the week picker links to). Read from the catalog, so a plan or
 * week an author adds is kept too. A page shaped by exclusions ({@code without=}) is not
 * kept: there are too many, and the unshaped page says how to shape it.
 */
@Component
@Order(15)
class PlanOfflinePages implements OfflinePages {

	private final PlanCatalog catalog;

	PlanOfflinePages(PlanCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public List<String> paths() {
		List<String> paths = new ArrayList<>();
		paths.add("/plans");
		for (PlanSummary plan : this.catalog.plans()) {
			for (int week = 1; week <= plan.weeks(); week++) {
				paths.add(PlanCatalog.path(plan.slug(), week, Set.of()));
			}
		}
		return paths;
	}

}
