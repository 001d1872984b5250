package org.psoascare.guide;

import org.psoascare.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class GuideController {

	private final GuideCatalog catalog;

	GuideController(GuideCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/guides")
	String list(Model model) {
		model.addAttribute("topics", this.catalog.byTopic());
		return "guides/list";
	}

	@GetMapping("/guides/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("guide", this.catalog.page(slug).orElseThrow(NotFoundException::new));
		return "guides/show";
	}

}
