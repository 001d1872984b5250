package org.psoascare.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.content.ContentInfo;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the content version this instance serves on every response ({@value #HEADER}), so
 * a person checking a roll-out, or a proxy's log, can tell which snapshot answered. The
 * same version is in {@code /actuator/info}.
 */
@Component
class ContentVersionHeader extends OncePerRequestFilter {

	static final String HEADER = "X-Content-Version";

	private final ContentInfo content;

	ContentVersionHeader(ContentInfo content) {
		this.content = content;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String version = this.content.version();
		if (version != null) {
			response.setHeader(HEADER, version);
		}
		chain.doFilter(request, response);
	}

}
