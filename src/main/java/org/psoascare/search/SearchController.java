package org.psoascare.search;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.web.HtmlPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /search?q=…}: the search page. Any query gets a calm page: an empty or
 * wordless one a hint, one of only common words a hint, one that finds nothing a "did you
 * mean" and links to browse. The search and the page's joining, from pieces rendered once
 * ({@link SearchPages}), run on a search worker ({@link SearchWorkers}). Nothing of the
 * query is stored or logged.
 */
@Controller
class SearchController {

	private final SearchIndex index;

	private final SearchPages pages;

	private final SearchWorkers workers;

	SearchController(SearchIndex index, SearchPages pages, SearchWorkers workers) {
		this.index = index;
		this.pages = pages;
		this.workers = workers;
	}

	@GetMapping("/search")
	void search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", required = false) String page, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		SearchQuery query = SearchQuery.of(q);
		SearchPages.Pieces pieces = this.pages.pieces(model.asMap(), request, response);
		String html = this.workers.call(() -> {
			SearchResults results = query.hasWords() ? this.index.search(query, pageNumber(page)) : null;
			return this.pages.page(pieces, query, q != null, results, locale);
		});
		HtmlPages.send(response, html);
	}

	/** A page number as sent; anything that is not a small positive number is page 1. */
	static int pageNumber(String page) {
		if (page == null || !page.matches("[1-9][0-9]{0,3}")) {
			return 1;
		}
		return Integer.parseInt(page);
	}

}
