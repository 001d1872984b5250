package org.psoascare.search;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.web.HtmlPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /search?q=…}: the search page. Any query gets a calm page: an empty or
 * wordless one a hint, one of only common words a hint, one that finds nothing a "did you
 * mean" and links to browse. The search and the filling of the page, rendered once
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

	/**
	 * The search page. A parameter given more than once counts by its first value (the
	 * servlet's {@code getParameter}), never joined with commas.
	 */
	@GetMapping("/search")
	void search(Model model, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String q = request.getParameter("q");
		String page = request.getParameter("page");
		SearchQuery query = SearchQuery.of(q);
		SearchPages.Pieces pieces = this.pages.pieces(model.asMap(), request, response);
		String html = this.workers.call(() -> {
			SearchResults results = query.hasWords() ? this.index.search(query, pageNumber(page)) : null;
			return this.pages.page(pieces, query, q != null, results, this.index.mentionsWarningSign(q), locale);
		});
		HtmlPages.send(response, html);
	}

	/**
	 * A page number as sent. Any positive whole number counts, however large: one past
	 * the last page means the last page (the index clamps it). Anything else (none, 0, a
	 * sign, a fraction, a leading zero, words) means page 1.
	 */
	static int pageNumber(String page) {
		if (page == null || !page.matches("[1-9][0-9]*")) {
			return 1;
		}
		return (page.length() > 9) ? Integer.MAX_VALUE : Integer.parseInt(page);
	}

}
