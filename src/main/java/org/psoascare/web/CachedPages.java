package org.psoascare.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * What the {@link PageCache} keeps, as the features declare it with {@link CachedPage}:
 * the content pages (HTML, rendered into the snapshot before readiness) and the JSON
 * API's answers (a {@code @CachedPage} mapping that declares {@code produces}, built on
 * first request). Read once from Spring MVC's request mappings when the application
 * starts, and turned into regular expressions, so telling whether a request is for a
 * cached address costs what one match costs, with no reflection or look-up per request. A
 * handler that cannot carry the annotation (a library's) is declared through a
 * {@link CachedHandlers} bean.
 */
@Component
class CachedPages {

	/** What a path variable of a content page matches: a content slug. */
	static final String SLUG = "[a-z0-9-]+";

	private static final Pattern VARIABLE = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*\\}");

	/** Every declared page's address, such as {@code /guides/{slug}}, sorted. */
	private final List<String> patterns;

	/** The content pages' addresses. */
	private final Pattern pages;

	/** The content pages' and the API answers' addresses. */
	private final Pattern addresses;

	/**
	 * @param mappings Spring MVC's request mappings, read once
	 * @param others handlers declared cached without the annotation
	 * @throws IllegalStateException when a cached method is not a GET mapping or its
	 * address holds more than literal segments and path variables
	 */
	CachedPages(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			List<CachedHandlers> others) {
		TreeSet<String> pages = new TreeSet<>();
		TreeSet<String> answers = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (handler.hasMethodAnnotation(CachedPage.class)
					|| others.stream().anyMatch((declared) -> declared.isCached(handler))) {
				boolean page = entry.getKey().getProducesCondition().isEmpty();
				(page ? pages : answers).addAll(patterns(entry.getKey(), handler));
			}
		}
		this.patterns = List.copyOf(pages);
		this.pages = regex(pages);
		answers.addAll(pages);
		this.addresses = regex(answers);
	}

	private static Pattern regex(Set<String> patterns) {
		return Pattern.compile(String.join("|", patterns.stream().map(CachedPages::regex).toList()));
	}

	/**
	 * Whether the routed path (decoded, without path parameters) is a content page.
	 * @param path such as {@code /guides/psoas}
	 */
	boolean matches(String path) {
		return this.pages.matcher(path).matches();
	}

	/**
	 * Whether the routed path is a content page or a cached API answer.
	 * @param path such as {@code /guides/psoas} or {@code /api/v1/guides/psoas}
	 */
	boolean cached(String path) {
		return this.addresses.matcher(path).matches();
	}

	/** Every declared page's address, such as {@code /guides/{slug}}, sorted. */
	List<String> patterns() {
		return this.patterns;
	}

	/**
	 * The declared pages without variables, such as {@code /guides}: where a visitor
	 * starts, and from where every other content page is linked.
	 */
	List<String> entryPages() {
		return this.patterns.stream().filter((pattern) -> !pattern.contains("{")).toList();
	}

	private static List<String> patterns(RequestMappingInfo info, HandlerMethod method) {
		if (!info.getMethodsCondition().getMethods().equals(Set.of(RequestMethod.GET))
				|| info.getPathPatternsCondition() == null) {
			throw new IllegalStateException("@CachedPage " + method + " is not a GET mapping with a path");
		}
		List<String> patterns = new ArrayList<>();
		for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
			patterns.add(pattern.getPatternString());
		}
		return patterns;
	}

	/**
	 * {@code /guides/{slug}} becomes {@code /guides/[a-z0-9-]+}.
	 * @throws IllegalStateException for anything but literal segments and variables
	 */
	static String regex(String pattern) {
		if (pattern.equals("/")) {
			return "/";
		}
		StringBuilder regex = new StringBuilder();
		for (String segment : pattern.substring(1).split("/", -1)) {
			regex.append('/');
			if (VARIABLE.matcher(segment).matches()) {
				regex.append(SLUG);
			}
			else if (segment.isEmpty() || segment.matches(".*[{}*?].*")) {
				throw new IllegalStateException("A @CachedPage address may hold only literal segments and "
						+ "path variables such as {slug}, not '" + pattern + "'");
			}
			else {
				regex.append(Pattern.quote(segment));
			}
		}
		return regex.toString();
	}

}
