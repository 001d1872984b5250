package org.psoascare.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The Content-Security-Policy values this site sends. Every response gets {@link #SITE}
 * ({@link SecurityHeaders}, and {@link TomcatErrorPages} for what Tomcat answers itself);
 * a page that keeps what a person records in their own browser replaces it with
 * {@link #NO_CONNECTIONS}, so the browser itself refuses to let any script on that page
 * send anything anywhere.
 */
public final class ContentSecurityPolicy {

	/**
	 * Scripts, styles, pictures, fonts, forms and connections from this site only; no
	 * framing, plugins or media; workers only from this site (the offline service worker,
	 * {@code /sw.js}).
	 */
	public static final String SITE = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; media-src 'none'; object-src 'none'; "
			+ "frame-src 'none'; worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * {@link #SITE} with {@code connect-src 'none'}: no fetch, XMLHttpRequest, WebSocket,
	 * EventSource or beacon from the page, to this site or any other.
	 */
	public static final String NO_CONNECTIONS = SITE.replace("connect-src 'self'", "connect-src 'none'");

	/** The header's name. */
	public static final String HEADER = "Content-Security-Policy";

	private ContentSecurityPolicy() {
	}

	/**
	 * Replaces the site's policy on this response with {@link #NO_CONNECTIONS}. Call it
	 * in the controller, before the body is written.
	 */
	public static void noConnections(HttpServletResponse response) {
		response.setHeader(HEADER, NO_CONNECTIONS);
	}

}
