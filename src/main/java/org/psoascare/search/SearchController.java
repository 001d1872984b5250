package org.psoascare.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /search?q=…}: the search page. Any query gets a calm page: an empty or
 * wordless one a hint, one of only common words a hint, one that finds nothing a "did you
 * mean" and links to browse. Nothing of the query is stored or logged.
 */
@Controller
class SearchController {

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", required = false) String page, Model model) {
		SearchQuery query = SearchQuery.of(q);
		model.addAttribute("query", query);
		model.addAttribute("asked", q != null);
		model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
		if (query.hasWords()) {
			model.addAttribute("results", this.index.search(query, pageNumber(page)));
		}
		return "search/results";
	}

	/** A page number as sent; anything that is not a small positive number is page 1. */
	static int pageNumber(String page) {
		if (page == null || !page.matches("[1-9][0-9]{0,3}")) {
			return 1;
		}
		return Integer.parseInt(page);
	}

}
