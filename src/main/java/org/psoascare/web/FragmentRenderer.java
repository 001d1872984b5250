package org.psoascare.web;

import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.unbescape.html.HtmlEscape;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The one way a page that differs for every request (a checklist result, a search page)
 * is made without template processing per request. Thymeleaf renders the page's template
 * once (messages, links, the layout, every escape), in one request's context; what
 * changes per request is written in that template as Mustache tags, which Thymeleaf
 * leaves as they are: {@code {{#cards}}…{{/cards}}} (shown when true, once per item of a
 * list), {@code {{^found}}…{{/found}}} (shown when false or empty), {@code {{q}}} (a
 * value, escaped as Thymeleaf escapes text and attributes,
 * {@code HtmlEscape.escapeHtml4Xml}) and {@code {{{reason}}}} (a piece rendered once,
 * from a fragment, inserted as it is). The rendered page is compiled once by JMustache
 * ({@link #compose}); a request then only fills it ({@link Composer#fill}): literal text
 * and values appended in the template's order, with no template parsed or processed. So
 * the page's order and conditions are in its template, and its markup and escaping are
 * the template engines', not Java's.
 * <p>
 * Also renders single fragments ({@link #render}), the pieces keyed by content (a rule's
 * reason, a stretch's card) that a page inserts by key. Must be used on the request's
 * thread; a {@link Composer} may be used on any thread.
 */
public final class FragmentRenderer {

	/**
	 * Mustache with Thymeleaf's escaping; a missing value or section is an error, not an
	 * empty string, so a misspelt tag fails the first request instead of hiding.
	 */
	private static final Mustache.Compiler MUSTACHE = Mustache.compiler()
		.withEscaper(HtmlEscape::escapeHtml4Xml)
		.strictSections(true);

	private final ITemplateEngine templates;

	private final JakartaServletWebApplication application;

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final Map<String, Object> model;

	/**
	 * @param model the request's model (site settings, asset addresses); copied, so later
	 * changes to either do not reach the other
	 */
	public FragmentRenderer(ITemplateEngine templates, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		this.templates = templates;
		this.application = JakartaServletWebApplication.buildApplication(request.getServletContext());
		this.request = request;
		this.response = response;
		this.model = new HashMap<>(model);
	}

	/**
	 * Sets a variable for everything rendered after, over the model's.
	 * @return this renderer
	 */
	public FragmentRenderer with(String name, Object value) {
		this.model.put(name, value);
		return this;
	}

	/**
	 * @param template the template's name, e.g. {@code search/results}
	 * @param selectors the fragments to render ({@code th:fragment} names), or none for
	 * the whole template
	 * @param variables variables for this rendering only, over the model's
	 * @return the rendered HTML
	 */
	public String render(String template, Set<String> selectors, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(this.model);
		all.putAll(variables);
		WebContext context = new WebContext(this.application.buildExchange(this.request, this.response),
				LocaleContextHolder.getLocale(), all);
		return this.templates.process(template, selectors, context);
	}

	/**
	 * Renders the whole template with Thymeleaf, now, and compiles what it gives as a
	 * Mustache template.
	 * @param template the template's name, e.g. {@code checklist/result}
	 * @param variables variables for this rendering only, over the model's
	 * @return the page, to be filled per request
	 * @throws com.samskivert.mustache.MustacheException if the rendered page's tags do
	 * not pair up
	 */
	public Composer compose(String template, Map<String, Object> variables) {
		return new Composer(MUSTACHE.compile(render(template, Set.of(), variables)));
	}

	/**
	 * A page rendered once and compiled, filled per request. Immutable; safe to use from
	 * many threads at once.
	 */
	public static final class Composer {

		private final Template page;

		private Composer(Template page) {
			this.page = page;
		}

		/**
		 * @param values the request's values by tag name: {@link Boolean}s and
		 * {@link java.util.List}s for sections (a list's items are maps of their own
		 * values; a name not found in an item is looked up in the values around it),
		 * strings for values (escaped in {@code {{…}}}, as they are in {@code {{{…}}}})
		 * @return the page's HTML
		 * @throws com.samskivert.mustache.MustacheException if a tag's name has no value
		 */
		public String fill(Map<String, ?> values) {
			Output html = new Output();
			this.page.execute(values, html);
			return html.toString();
		}

	}

	/**
	 * Where a page is filled: a {@link StringBuilder}, as the joining this replaced used,
	 * rather than JMustache's default {@link java.io.StringWriter}, whose buffer is
	 * synchronized on every write.
	 */
	private static final class Output extends Writer {

		private final StringBuilder html = new StringBuilder(16 * 1024);

		@Override
		public void write(char[] chars, int offset, int length) {
			this.html.append(chars, offset, length);
		}

		@Override
		public void write(String text) {
			this.html.append(text);
		}

		@Override
		public void write(String text, int offset, int length) {
			this.html.append(text, offset, offset + length);
		}

		@Override
		public Writer append(CharSequence text) {
			this.html.append(text);
			return this;
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

		@Override
		public String toString() {
			return this.html.toString();
		}

	}

}
