package org.psoascare.guide;

import org.psoascare.stretch.StretchCatalog;
import org.psoascare.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class GuideController {

	private final GuideCatalog catalog;

	private final StretchCatalog stretches;

	GuideController(GuideCatalog catalog, StretchCatalog stretches) {
		this.catalog = catalog;
		this.stretches = stretches;
	}

	@GetMapping("/guides")
	String list(Model model) {
		model.addAttribute("topics", this.catalog.byTopic());
		return "guides/list";
	}

	@GetMapping("/guides/{slug}")
	String show(@PathVariable String slug, Model model) {
		GuidePage guide = this.catalog.page(slug).orElseThrow(NotFoundException::new);
		model.addAttribute("guide", guide);
		model.addAttribute("stretches", this.stretches.cards(guide.stretches()));
		model.addAttribute("routines", this.stretches.routines(guide.routines()));
		return "guides/show";
	}

}
