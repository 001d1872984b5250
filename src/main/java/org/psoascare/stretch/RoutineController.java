package org.psoascare.stretch;

import org.psoascare.web.CachedPage;
import org.psoascare.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RoutineController {

	private final StretchCatalog catalog;

	private final StretchPictures pictures;

	RoutineController(StretchCatalog catalog, StretchPictures pictures) {
		this.catalog = catalog;
		this.pictures = pictures;
	}

	@CachedPage
	@GetMapping("/routines")
	String list(Model model) {
		model.addAttribute("routines", this.catalog.routines());
		return "routines/list";
	}

	@CachedPage
	@GetMapping("/routines/{slug}")
	String show(@PathVariable String slug, Model model) {
		RoutinePage routine = this.catalog.routine(slug).orElseThrow(NotFoundException::new);
		model.addAttribute("routine", routine);
		model.addAttribute("pictures", routine.steps().stream().map(this.pictures::moving).toList());
		model.addAttribute("sideOrder", String.join(" ", Sides.ORDER));
		return "routines/show";
	}

}
