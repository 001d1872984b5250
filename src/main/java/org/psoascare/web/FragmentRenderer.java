package org.psoascare.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Renders a template, or some of its fragments, with Thymeleaf in one request's context:
 * its model, its locale and its context path for {@code @{…}} links. Used to render the
 * pieces that pages joined per request are made of (checklist results, search pages),
 * once, in the first request that needs them; must be used on that request's thread.
 */
public final class FragmentRenderer {

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

}
