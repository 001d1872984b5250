package org.psoascare.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every response carries, set before anything else runs (so cached pages and
 * error pages have them too). Scripts, styles, pictures and forms come only from this
 * site; no framing; no referrer; no powerful browser features but the screen wake lock
 * the routine player may ask for; the site's own service worker may run. A page may set a
 * stricter policy of its own ({@link ContentSecurityPolicy#NO_CONNECTIONS}). HSTS is a
 * setting, for deployments behind TLS. The filter sets them on requests and on error
 * dispatches; responses Tomcat makes before the application runs get the same headers
 * from {@link TomcatErrorPages}.
 */
@Component
class SecurityHeaders extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = ContentSecurityPolicy.SITE;

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=(), "
			+ "screen-wake-lock=(self)";

	private final Map<String, String> headers;

	SecurityHeaders(WebSettings settings) {
		this.headers = headers(settings.security().hsts());
	}

	/**
	 * @param hsts whether to send Strict-Transport-Security
	 * @return the headers, name to value, in the order they are set
	 */
	static Map<String, String> headers(boolean hsts) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("Referrer-Policy", "no-referrer");
		headers.put("Permissions-Policy", PERMISSIONS_POLICY);
		headers.put("X-Frame-Options", "DENY");
		headers.put("Cross-Origin-Opener-Policy", "same-origin");
		headers.put("Cross-Origin-Resource-Policy", "same-origin");
		if (hsts) {
			headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}
		return Collections.unmodifiableMap(headers);
	}

	/** The headers, name to value, in the order they are set. */
	Map<String, String> headers() {
		return this.headers;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.headers.forEach(response::setHeader);
		chain.doFilter(request, response);
	}

}
