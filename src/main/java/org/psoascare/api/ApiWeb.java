package org.psoascare.api;

import jakarta.servlet.http.HttpServletRequest;
import org.psoascare.web.CachedHandlers;
import org.psoascare.web.PageCache;
import org.psoascare.web.WebFilters;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.filter.CorsFilter;

/**
 * How the API's answers travel: the OpenAPI description (springdoc's handler, which
 * cannot carry {@code @CachedPage}) is cached like every other GET answer, and every GET
 * answer may be read by any origin, through Spring's CORS support: it is open content
 * with no cookies or credentials. The CORS filter runs before the page cache, so a cached
 * answer gets the same CORS headers as a built one; it is mapped to {@code /api/*} only,
 * so pages pay nothing for it.
 */
@Configuration(proxyBeanMethods = false)
class ApiWeb {

	/** springdoc's handler of the JSON description, {@code /api/v1/openapi}. */
	@Bean
	CachedHandlers openApiDescriptionIsCached() {
		return (handler) -> handler.getBeanType().getName().startsWith("org.springdoc.")
				&& handler.getMethod().getName().equals("openapiJson");
	}

	/** Any origin may read a GET answer; other methods get no CORS headers. */
	@Bean
	FilterRegistrationBean<CorsFilter> apiCorsFilter() {
		CorsConfiguration anyOrigin = new CorsConfiguration();
		anyOrigin.addAllowedOrigin(CorsConfiguration.ALL);
		anyOrigin.addAllowedMethod(HttpMethod.GET);
		anyOrigin.addAllowedMethod(HttpMethod.HEAD);
		CorsFilter cors = new CorsFilter((HttpServletRequest request) -> isRead(request) ? anyOrigin : null);
		FilterRegistrationBean<CorsFilter> registration = WebFilters.before(PageCache.class, cors);
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	private static boolean isRead(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method);
	}

}
