package org.psoascare.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SCRATCH (issue 26 experiment): the framework's parts in place of BodyDeadline. Tomcat's
 * connector bounds the body read ({@code connectionUploadTimeout} with
 * {@code disableUploadTimeout=false}, {@code maxSwallowSize}); a plain check refuses a
 * declared length over the limit (413) and a compressed body (415).
 */
@Component
class BodyLimit extends OncePerRequestFilter implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final WebSettings settings;

	BodyLimit(WebSettings settings) {
		this.settings = settings;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		long uploadTimeout = this.settings.web().bodyDeadline().toMillis();
		factory.addConnectorCustomizers((connector) -> {
			connector.setProperty("disableUploadTimeout", "false");
			connector.setProperty("connectionUploadTimeout", Long.toString(uploadTimeout));
			connector.setProperty("maxSwallowSize", Integer.toString(RequestSizeLimit.MAX_BODY_BYTES));
			connector.setMaxPostSize(RequestSizeLimit.MAX_BODY_BYTES);
		});
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean hasBody = request.getContentLengthLong() > 0
				|| request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		String coding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
		if (hasBody && coding != null && !coding.isBlank() && !"identity".equalsIgnoreCase(coding.strip())) {
			response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
			return;
		}
		if (request.getContentLengthLong() > RequestSizeLimit.MAX_BODY_BYTES) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
