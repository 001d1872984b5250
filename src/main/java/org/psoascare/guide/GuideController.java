package org.psoascare.guide;

import org.psoascare.web.CachedPage;
import org.psoascare.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class GuideController {

	private final GuideCatalog catalog;

	private final RelatedPractice practice;

	GuideController(GuideCatalog catalog, RelatedPractice practice) {
		this.catalog = catalog;
		this.practice = practice;
	}

	@CachedPage
	@GetMapping("/guides")
	String list(Model model) {
		model.addAttribute("topics", this.catalog.byTopic());
		return "guides/list";
	}

	@CachedPage
	@GetMapping("/guides/{slug}")
	String show(@PathVariable String slug, Model model) {
		GuidePage guide = this.catalog.page(slug).orElseThrow(NotFoundException::new);
		model.addAttribute("guide", guide);
		this.practice.addTo(guide, model);
		return "guides/show";
	}

}
