package org.psoascare.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.web.FragmentRenderer;
import org.psoascare.web.FragmentRenderer.Composer;
import org.psoascare.web.SiteAddress;
import org.thymeleaf.ITemplateEngine;
import org.unbescape.uri.UriEscape;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds search pages from {@code templates/search/results.html}, rendered by Thymeleaf
 * once, in the first search after start-up, and filled per search
 * ({@link FragmentRenderer#compose}): the template holds the page's order and conditions
 * as Mustache tags, and a search only supplies its values (the query, the count, each
 * result's slug, title and snippet parts), escaped as Thymeleaf escapes text and
 * attributes. Each search then costs the search itself and filling the page, not template
 * processing, which was two thirds of a search request's CPU time (docs/benchmarks.md).
 * The rendered pages hold no content and nothing typed, so they never change.
 */
@Component
class SearchPages {

	private static final String TEMPLATE = "search/results";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final SiteAddress address;

	private volatile Pieces pieces;

	SearchPages(ITemplateEngine templates, MessageSource messages, SiteAddress address) {
		this.templates = templates;
		this.messages = messages;
		this.address = address;
	}

	/**
	 * The pages, rendered in the first call, in that request's context (it must be a
	 * request to {@code /search}: the pages keep its context path).
	 * @param model the request's model (site settings, asset addresses)
	 * @return the search page in its three forms; the same object on every call
	 */
	Pieces pieces(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
		Pieces current = this.pieces;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (this.pieces == null) {
				this.pieces = render(model, request, response);
			}
			return this.pieces;
		}
	}

	private Pieces render(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
		// The canonical address of every search page is the page itself, whatever path
		// parameters the first search came with.
		FragmentRenderer renderer = new FragmentRenderer(this.templates, model, request, response)
			.with("canonical", this.address.url(request.getContextPath() + "/search"))
			.with("maxLength", SearchQuery.MAX_LENGTH)
			.with("kinds", Arrays.stream(SearchHit.Kind.values())
				.map((kind) -> Map.of("code", kind.code(), "path", new SearchHit(kind, "", "", List.of()).path()))
				.toList());
		return new Pieces(page(renderer, false, null), page(renderer, true, null),
				page(renderer, true, "{{qIsolated}}"));
	}

	private static Composer page(FragmentRenderer renderer, boolean asked, String query) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("asked", asked);
		variables.put("query", query);
		return renderer.compose(TEMPLATE, variables);
	}

	/**
	 * The whole search page, with this request's values in their places. Reads no request
	 * and no thread-bound state, so any thread may call it.
	 * @param query what was typed, made safe ({@link SearchQuery#of})
	 * @param asked whether the request had a {@code q} parameter at all (a page for a
	 * search is marked noindex)
	 * @param results what the search found, or {@code null} when the query had no words
	 * to look up
	 * @param warningSign whether the query has a word that may describe a warning sign:
	 * then the emergency signs come first, right below the search box
	 * @param locale the language of the count message (the request's)
	 * @return the page's HTML
	 */
	String page(Pieces pieces, SearchQuery query, boolean asked, SearchResults results, boolean warningSign,
			Locale locale) {
		Map<String, Object> values = new HashMap<>();
		values.put("q", query.text());
		values.put("qLink", link(query.text()));
		values.put("qIsolated", query.isolated());
		values.put("warningSign", warningSign);
		values.put("shortened", query.shortened());
		values.put("empty", asked && query.isBlank());
		values.put("noWords", !query.isBlank() && !query.hasWords());
		values.put("searched", results != null);
		if (results == null) {
			return (asked ? pieces.askedPage() : pieces.page()).fill(values);
		}
		values.put("commonWords", results.onlyCommonWords());
		values.put("count", results.onlyCommonWords() ? "" : count(results, locale));
		values.put("found", !results.isEmpty());
		values.put("suggestion", (results.suggestion() != null) ? results.suggestion() : false);
		values.put("suggestionLink", (results.suggestion() != null) ? link(results.suggestion()) : "");
		values.put("hits", results.hits().stream().map(SearchPages::hit).toList());
		values.put("paged", results.hasPrevious() || results.hasNext());
		values.put("hasPrevious", results.hasPrevious());
		values.put("previousPage", results.page() - 1);
		values.put("hasNext", results.hasNext());
		values.put("nextPage", results.page() + 1);
		return pieces.resultsPage().fill(values);
	}

	/** A result's values: its slug, title and snippet parts, and which kind it is. */
	private static Map<String, Object> hit(SearchHit hit) {
		List<Map<String, Object>> snippet = new ArrayList<>(hit.snippet().size());
		for (SearchHit.Part part : hit.snippet()) {
			snippet.add(Map.of("text", part.text(), "match", part.match()));
		}
		Map<String, Object> values = new HashMap<>();
		values.put("slug", hit.slug());
		values.put("title", hit.title());
		values.put("snippet", snippet);
		for (SearchHit.Kind kind : SearchHit.Kind.values()) {
			values.put(kind.code(), kind == hit.kind());
		}
		return values;
	}

	/**
	 * "12 results.", "34 results; these are 11 to 20." or, alone on the last page, "21
	 * results; this is result 21.", from the messages.
	 */
	private String count(SearchResults results, Locale locale) {
		String code = (results.total() <= results.hits().size()) ? "search.count"
				: (results.first() == results.last()) ? "search.countPageOne" : "search.countPage";
		return this.messages.getMessage(code, new Object[] { results.total(), results.first(), results.last() },
				locale);
	}

	/**
	 * A query parameter's value in a link, as {@code @{/search(q=…)}} encodes it (the
	 * page then escapes it for the attribute).
	 */
	private static String link(String value) {
		return UriEscape.escapeUriQueryParam(value);
	}

	/**
	 * The search page in its three forms, each rendered once.
	 *
	 * @param page before any search (no {@code q} at all)
	 * @param askedPage for a search with nothing to look up (noindex)
	 * @param resultsPage for a search (noindex): the isolated query in the title
	 */
	record Pieces(Composer page, Composer askedPage, Composer resultsPage) {
	}

}
