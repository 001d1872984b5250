package org.psoascare.plan;

import java.util.Arrays;
import java.util.Set;

import org.psoascare.plan.PlanViews.PlanPage;
import org.psoascare.web.BadRequestException;
import org.psoascare.web.CachedPage;
import org.psoascare.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /plans} and {@code /plans/{slug}?week=N&without=codes}: the week picker and the
 * exclusions are query parameters, so both work without JavaScript and the page cache
 * keys the page by them.
 */
@Controller
class PlanController {

	private final PlanCatalog catalog;

	PlanController(PlanCatalog catalog) {
		this.catalog = catalog;
	}

	@CachedPage
	@GetMapping("/plans")
	String list(Model model) {
		model.addAttribute("plans", this.catalog.plans());
		return "plans/list";
	}

	@CachedPage
	@GetMapping("/plans/{slug}")
	String show(@PathVariable String slug, @RequestParam(required = false) String week,
			@RequestParam(required = false) String without, Model model) {
		Set<Exclusion> exclusions = Exclusion.parseList(without)
			.orElseThrow(() -> new BadRequestException("plan exclusion"));
		int weeks = this.catalog.summary(slug).orElseThrow(NotFoundException::new).weeks();
		int number = weekNumber(week, weeks);
		PlanPage page = this.catalog.page(slug, number, exclusions).orElseThrow(NotFoundException::new);
		model.addAttribute("plan", page);
		model.addAttribute("exclusionCodes", Arrays.stream(Exclusion.values()).map(Exclusion::code).toList());
		model.addAttribute("chosenCodes", page.exclusions().stream().map(Exclusion::code).toList());
		return "plans/show";
	}

	private static int weekNumber(String week, int weeks) {
		if (week == null || week.isBlank()) {
			return 1;
		}
		if (!week.strip().matches("[0-9]{1,2}")) {
			throw new BadRequestException("plan week");
		}
		int number = Integer.parseInt(week.strip());
		if (number < 1 || number > weeks) {
			throw new BadRequestException("plan week");
		}
		return number;
	}

}
