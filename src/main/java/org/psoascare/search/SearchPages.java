package org.psoascare.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.web.FragmentRenderer;
import org.psoascare.web.SiteAddress;
import org.thymeleaf.ITemplateEngine;
import org.unbescape.html.HtmlEscape;
import org.unbescape.uri.UriEscape;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds search pages by joining pieces rendered once, from the fragments of
 * {@code templates/search/results.html}, with a placeholder wherever a request's own text
 * goes (the query, a count, a result's title and snippet). Each search then costs the
 * search itself and joining strings, not template processing, which was two thirds of a
 * search request's CPU time (docs/benchmarks.md). The pieces are rendered with Thymeleaf
 * in the first search after start-up, in that request's context (they hold no content and
 * nothing typed, so they never change); each value put in a placeholder is escaped with
 * unbescape as Thymeleaf escapes text and attributes ({@code HtmlEscape.escapeHtml4Xml}),
 * and a query in a link as Thymeleaf's link builder does
 * ({@code UriEscape.escapeUriQueryParam}, UTF-8).
 */
@Component
class SearchPages {

	/** What the pieces are rendered with where a request's own text goes. */
	static final String SLOT = "psoascare-search-slot";

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
	 * The pieces, rendered in the first call, in that request's context (it must be a
	 * request to {@code /search}: the pieces keep its context path).
	 * @param model the request's model (site settings, asset addresses)
	 * @return every piece of a search page; the same object on every call
	 */
	Pieces pieces(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
		Pieces current = this.pieces;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (this.pieces == null) {
				this.pieces = new Renderer(model, request, response).pieces();
			}
			return this.pieces;
		}
	}

	/**
	 * The whole search page: the pieces joined, with this request's values escaped in
	 * their places. Reads no request and no thread-bound state, so any thread may call
	 * it.
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
		StringBuilder article = new StringBuilder(8 * 1024);
		pieces.form().appendTo(article, text(query.text()));
		if (warningSign) {
			article.append(pieces.warningSigns());
		}
		if (query.shortened()) {
			article.append(pieces.shortened());
		}
		if (asked && query.isBlank()) {
			article.append(pieces.empty());
		}
		if (!query.isBlank() && !query.hasWords()) {
			article.append(pieces.noWords());
		}
		if (results == null) {
			return (asked ? pieces.askedPage() : pieces.page()).fill(article.toString());
		}
		pieces.heading().appendTo(article, text(query.text()));
		if (results.onlyCommonWords()) {
			article.append(pieces.commonWords());
		}
		else {
			pieces.count().appendTo(article, text(count(results, locale)));
		}
		if (results.isEmpty()) {
			if (results.suggestion() != null) {
				pieces.suggestion().appendTo(article, link(results.suggestion()), text(results.suggestion()));
			}
			article.append(pieces.browse());
		}
		else {
			StringBuilder hits = new StringBuilder(6 * 1024);
			for (SearchHit hit : results.hits()) {
				pieces.hits().get(hit.kind()).appendTo(hits, text(hit.slug()), text(hit.title()), snippet(pieces, hit));
			}
			pieces.results().appendTo(article, hits.toString());
		}
		appendPageLinks(pieces, article, query, results);
		return pieces.resultsPage().fill(text(query.isolated()), article.toString());
	}

	private static void appendPageLinks(Pieces pieces, StringBuilder article, SearchQuery query,
			SearchResults results) {
		String q = link(query.text());
		if (results.hasPrevious() && results.hasNext()) {
			pieces.bothPages()
				.appendTo(article, q, Integer.toString(results.page() - 1), q, Integer.toString(results.page() + 1));
		}
		else if (results.hasPrevious()) {
			pieces.previousPage().appendTo(article, q, Integer.toString(results.page() - 1));
		}
		else if (results.hasNext()) {
			pieces.nextPage().appendTo(article, q, Integer.toString(results.page() + 1));
		}
	}

	private String snippet(Pieces pieces, SearchHit hit) {
		StringBuilder snippet = new StringBuilder(256);
		for (SearchHit.Part part : hit.snippet()) {
			if (part.match()) {
				pieces.mark().appendTo(snippet, text(part.text()));
			}
			else {
				snippet.append(text(part.text()));
			}
		}
		return snippet.toString();
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
	 * Text for an element's body or an attribute's value, escaped as {@code th:text} and
	 * {@code th:value} escape it (in HTML, Thymeleaf escapes both the same way).
	 */
	private static String text(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}

	/** A query parameter's value in a link, as {@code @{/search(q=…)}} writes it. */
	private static String link(String value) {
		return HtmlEscape.escapeHtml4Xml(UriEscape.escapeUriQueryParam(value));
	}

	/**
	 * A rendered piece, split at its placeholders: {@code parts} holds one more string
	 * than the piece has placeholders.
	 */
	record Piece(List<String> parts) {

		Piece {
			parts = List.copyOf(parts);
		}

		/**
		 * Splits rendered HTML at each {@link #SLOT}, checking there are as many as
		 * expected.
		 */
		static Piece of(String html, int slots, String name) {
			List<String> parts = new ArrayList<>(slots + 1);
			int from = 0;
			for (int at = html.indexOf(SLOT); at >= 0; at = html.indexOf(SLOT, from)) {
				parts.add(html.substring(from, at));
				from = at + SLOT.length();
			}
			parts.add(html.substring(from));
			if (parts.size() != slots + 1) {
				throw new IllegalStateException(
						"The search piece '" + name + "' has " + (parts.size() - 1) + " placeholders, not " + slots);
			}
			return new Piece(parts);
		}

		/**
		 * Appends the piece with these values, already escaped, in its placeholders.
		 * @throws IllegalArgumentException if the number of values is not the number of
		 * placeholders
		 */
		void appendTo(StringBuilder html, String... values) {
			if (values.length != this.parts.size() - 1) {
				throw new IllegalArgumentException(
						"A piece with " + (this.parts.size() - 1) + " placeholders got " + values.length + " values");
			}
			html.append(this.parts.get(0));
			for (int i = 0; i < values.length; i++) {
				html.append(values[i]).append(this.parts.get(i + 1));
			}
		}

		String fill(String... values) {
			StringBuilder html = new StringBuilder(16 * 1024);
			appendTo(html, values);
			return html.toString();
		}

	}

	/**
	 * Every piece of a search page.
	 *
	 * @param page the page before any search: the article as its one placeholder
	 * @param askedPage the page for a search with nothing to look up (noindex)
	 * @param resultsPage the page for a search (noindex): the isolated query in the
	 * title, then the article
	 * @param hits a result of each kind: its slug, title and snippet
	 * @param bothPages links to the page before and after: query, number, query, number
	 */
	record Pieces(Piece page, Piece askedPage, Piece resultsPage, Piece form, String warningSigns, String shortened,
			String empty, String noWords, Piece heading, Piece count, String commonWords, Piece suggestion,
			String browse, Piece results, Map<SearchHit.Kind, Piece> hits, Piece mark, Piece bothPages,
			Piece previousPage, Piece nextPage) {
	}

	/** Renders the pieces with Thymeleaf in the current request's context. */
	private final class Renderer {

		private final FragmentRenderer fragments;

		Renderer(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
			// The canonical address of every search page is the page itself, whatever
			// path parameters the first search came with.
			this.fragments = new FragmentRenderer(SearchPages.this.templates, model, request, response)
				.with("canonical", SearchPages.this.address.url(request.getContextPath() + "/search"))
				.with("slot", SLOT)
				.with("maxLength", SearchQuery.MAX_LENGTH);
		}

		Pieces pieces() {
			Map<SearchHit.Kind, Piece> hits = new EnumMap<>(SearchHit.Kind.class);
			for (SearchHit.Kind kind : SearchHit.Kind.values()) {
				hits.put(kind, piece("result", 3, Map.of("hit", new SearchHit(kind, SLOT, SLOT, List.of()))));
			}
			return new Pieces(page(false, null, 1), page(true, null, 1), page(true, SLOT, 2), piece("search-form", 1),
					fixed("warning-signs"), fixed("shortened"), fixed("empty"), fixed("no-words"), piece("heading", 1),
					piece("count", 1), fixed("common-words"), piece("suggestion", 2), fixed("browse"),
					piece("result-list", 1), hits, piece("match", 1),
					piece("page-links", 4, Map.of("previous", true, "next", true)),
					piece("page-links", 2, Map.of("previous", true, "next", false)),
					piece("page-links", 2, Map.of("previous", false, "next", true)));
		}

		private Piece page(boolean asked, String query, int slots) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("asked", asked);
			variables.put("query", query);
			return Piece.of(render(Set.of(), variables), slots, "page");
		}

		private Piece piece(String fragment, int slots) {
			return piece(fragment, slots, Map.of());
		}

		private Piece piece(String fragment, int slots, Map<String, Object> variables) {
			return Piece.of(render(Set.of(fragment), variables).strip(), slots, fragment);
		}

		private String fixed(String fragment) {
			return piece(fragment, 0).parts().get(0);
		}

		private String render(Set<String> selectors, Map<String, Object> variables) {
			return this.fragments.render(TEMPLATE, selectors, variables);
		}

	}

}
