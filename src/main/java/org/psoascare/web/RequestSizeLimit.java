package org.psoascare.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a request body larger than any form on this site needs, before anything
 * reads it: 413, shown as an error page in the site's layout.
 */
@Component
public class RequestSizeLimit extends OncePerRequestFilter {

	/**
	 * The longest request body (bytes) this site accepts, for every form and the JSON API
	 * alike.
	 */
	public static final int MAX_BODY_BYTES = 16 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
