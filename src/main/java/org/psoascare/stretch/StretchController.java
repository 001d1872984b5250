package org.psoascare.stretch;

import org.psoascare.content.Coded;
import org.psoascare.web.CachedPage;
import org.psoascare.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class StretchController {

	private final StretchCatalog catalog;

	private final StretchPictures pictures;

	StretchController(StretchCatalog catalog, StretchPictures pictures) {
		this.catalog = catalog;
		this.pictures = pictures;
	}

	@CachedPage
	@GetMapping("/stretches")
	String list(@RequestParam(required = false) String target, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String position, @RequestParam(required = false) String equipment,
			Model model) {
		StretchFilter filter = StretchFilter.of(target, kind, position, equipment);
		model.addAttribute("filter", filter);
		model.addAttribute("stretches", this.catalog.list(filter));
		model.addAttribute("targets", Coded.codes(TargetArea.class));
		model.addAttribute("kinds", Coded.codes(StretchKind.class));
		model.addAttribute("positions", Coded.codes(Position.class));
		model.addAttribute("equipments", Coded.codes(Equipment.class));
		return "stretches/list";
	}

	@CachedPage
	@GetMapping("/stretches/{slug}")
	String show(@PathVariable String slug, Model model) {
		StretchPage stretch = this.catalog.page(slug).orElseThrow(NotFoundException::new);
		model.addAttribute("stretch", stretch);
		model.addAttribute("picture", this.pictures.moving(stretch));
		return "stretches/show";
	}

}
