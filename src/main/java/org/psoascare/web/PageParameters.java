package org.psoascare.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The query parameters a page understands: those its controller method declares with
 * {@code @RequestParam}. Every other parameter changes nothing on the page, so the page
 * cache keys a page only by these ({@link #key}) and renders it from a request that
 * carries only these ({@link #understoodOnly}). Sending {@code ?x=1&pad=…} cannot add a
 * cache entry.
 */
@Component
class PageParameters {

	private final RequestMappingHandlerMapping mappings;

	private volatile List<Page> pages;

	PageParameters(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	/**
	 * The cache key: the routed path, then each understood parameter that has a value, in
	 * name order, its values joined by commas as Spring binds them to a String.
	 */
	String key(String path, HttpServletRequest request) {
		if (request.getQueryString() == null) {
			return path;
		}
		String query = canonicalQuery(understood(path), request);
		return (query == null) ? path : path + "?" + query;
	}

	/** The request as the page sees it: only the parameters it understands. */
	HttpServletRequest understoodOnly(String path, HttpServletRequest request) {
		if (request.getQueryString() == null) {
			return request;
		}
		Set<String> names = understood(path);
		Map<String, String[]> kept = new LinkedHashMap<>();
		for (String name : names) {
			String[] values = request.getParameterValues(name);
			if (values != null && !String.join(",", values).isEmpty()) {
				kept.put(name, values);
			}
		}
		return new Understood(request, Collections.unmodifiableMap(kept), canonicalQuery(names, request));
	}

	private static String canonicalQuery(Set<String> names, HttpServletRequest request) {
		StringBuilder query = new StringBuilder();
		for (String name : names) {
			String[] values = request.getParameterValues(name);
			String value = (values != null) ? String.join(",", values) : "";
			if (!value.isEmpty()) {
				query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value);
			}
		}
		return query.isEmpty() ? null : query.toString();
	}

	private Set<String> understood(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (Page page : pages()) {
			if (page.pattern().matches(container)) {
				return page.parameters();
			}
		}
		return Set.of();
	}

	private List<Page> pages() {
		List<Page> found = this.pages;
		if (found == null) {
			found = new ArrayList<>();
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
				RequestMappingInfo info = entry.getKey();
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				if ((methods.isEmpty() || methods.contains(RequestMethod.GET))
						&& info.getPathPatternsCondition() != null) {
					Set<String> names = parameters(entry.getValue());
					for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
						found.add(new Page(pattern, names));
					}
				}
			}
			found.sort((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()));
			this.pages = List.copyOf(found);
		}
		return found;
	}

	private static Set<String> parameters(HandlerMethod method) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				names.add(StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName());
			}
		}
		return Collections.unmodifiableSet(names);
	}

	private record Page(PathPattern pattern, Set<String> parameters) {
	}

	/** A request stripped to the understood parameters, with a matching query string. */
	private static final class Understood extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		private final String query;

		Understood(HttpServletRequest request, Map<String, String[]> parameters, String query) {
			super(request);
			this.parameters = parameters;
			this.query = query;
		}

		@Override
		public String getQueryString() {
			return this.query;
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

	}

}
