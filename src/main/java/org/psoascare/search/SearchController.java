package org.psoascare.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, Model model) {
		SearchQuery query = SearchQuery.of(q);
		model.addAttribute("query", query);
		model.addAttribute("asked", q != null);
		model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
		if (query.hasTerms()) {
			model.addAttribute("hits", this.index.search(query));
		}
		return "search/results";
	}

}
