package org.psoascare.api;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.content.ContentLoadedEvent;
import org.psoascare.web.PageCache;
import org.psoascare.web.WebFilters;

import org.springframework.context.event.EventListener;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the API's GET answers as the page cache serves pages: each is built once per
 * content load, kept as bytes and gzipped bytes with a strong ETag (a 304 when
 * If-None-Match matches, without running the controller), and marked
 * {@code public, max-age=3600}, so browsers and CDNs revalidate hourly. Only 200 JSON
 * answers of the known addresses are kept; queries are ignored. GET answers also allow
 * any origin to read them ({@code Access-Control-Allow-Origin: *}): it is open content
 * with no cookies or credentials. Mirrors {@code web.PageCache}, which keeps HTML.
 */
@Component
class ApiCache extends OncePerRequestFilter {

	/** The language of every answer, as of every page. */
	private static final Locale SITE_LOCALE = Locale.UK;

	private static final Pattern CACHED = Pattern
		.compile("/api/v1(/openapi|/checklist|/(guides|stretches|routines|plans)(/[a-z0-9-]+)?)?");

	/**
	 * Bounds memory: about 45 items and a few lists exist; past this, answers are built
	 * as usual.
	 */
	private static final int MAX_ENTRIES = 200;

	private final Map<String, PageCache.Page> entries = new ConcurrentHashMap<>();

	@EventListener
	void onContentLoaded(ContentLoadedEvent event) {
		this.entries.clear();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !CACHED.matcher(request.getRequestURI()).matches()
				|| !acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
	}

	/**
	 * Whether an answer in JSON is acceptable; a client that accepts none is left to
	 * Spring MVC, whose content negotiation answers 406.
	 */
	private static boolean acceptsJson(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
						&& !Double.valueOf(0).equals(type.getQualityValue()));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Access-Control-Allow-Origin", "*");
		String key = request.getRequestURI();
		PageCache.Page entry = this.entries.get(key);
		if (entry == null) {
			ContentCachingResponseWrapper built = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, built);
			String contentType = built.getContentType();
			if (built.getStatus() != HttpServletResponse.SC_OK || contentType == null
					|| !contentType.startsWith("application/json")) {
				built.copyBodyToResponse();
				return;
			}
			entry = PageCache.Page.of(built.getContentAsByteArray(), contentType, SITE_LOCALE);
			built.resetBuffer();
			if (this.entries.size() < MAX_ENTRIES) {
				this.entries.putIfAbsent(key, entry);
			}
		}
		entry.serve(request, response);
	}

	/** Registered right after the page cache. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<ApiCache> apiCacheFilter(ApiCache filter) {
			return WebFilters.after(PageCache.class, filter);
		}

	}

}
