package org.psoascare.stretch;

import org.psoascare.guide.GuidePage;
import org.psoascare.guide.RelatedPractice;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The stretches and routines a guide page shows, as the stretch feature renders them. */
@Component
class GuideRelatedPractice implements RelatedPractice {

	private final StretchCatalog catalog;

	GuideRelatedPractice(StretchCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void addTo(GuidePage guide, Model model) {
		model.addAttribute("stretches", this.catalog.cards(guide.stretches()));
		model.addAttribute("routines", this.catalog.routines(guide.routines()));
	}

}
