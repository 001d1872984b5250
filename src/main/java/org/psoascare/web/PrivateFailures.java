package org.psoascare.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.stereotype.Component;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps request data out of the logs when a request fails. Exception messages quote the
 * input that caused them (Tomcat's "Parameter [q] with value [...] has been ignored"),
 * and Tomcat logs every exception that leaves the application at ERROR, message and all.
 * So no exception leaves this filter. The client's faults answer with their status and
 * are not logged: parameters Tomcat cannot decode (a broken {@code %} escape, too many, a
 * form too large) get the status Tomcat gives them (400 or 413), a media type that cannot
 * be parsed (an unknown charset) 400. Anything else is a 500, logged as its exception
 * types and stack frames only, never their messages. Either way the error page is the
 * site's.
 */
@Component
class PrivateFailures extends OncePerRequestFilter {

	private static final Log log = LogFactory.getLog(PrivateFailures.class);

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** A request whose body {@link BodyDeadline} read is handled in an async dispatch. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			int status = clientFault(ex);
			if (status == 0) {
				status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
				log.error(request.getMethod() + " request failed", new Withheld(ex, 0));
			}
			if (response.isCommitted()) {
				return;
			}
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				response.resetBuffer();
				response.setStatus(status);
				return;
			}
			response.sendError(status);
		}
	}

	/** The 4xx status when the failure is the request's fault, else 0. */
	private static int clientFault(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid) {
				return Math.max(invalid.getErrorCode(), HttpServletResponse.SC_BAD_REQUEST);
			}
			if (cause instanceof InvalidMimeTypeException) {
				return HttpServletResponse.SC_BAD_REQUEST;
			}
		}
		return 0;
	}

	/**
	 * An exception's type and stack frames without its message, with its causes treated
	 * the same way: what a log needs to find a fault, and nothing a request sent.
	 */
	static final class Withheld extends Exception {

		private static final int MAX_CAUSES = 16;

		Withheld(Throwable original, int depth) {
			super(original.getClass().getName() + " (message withheld)",
					(original.getCause() == null || original.getCause() == original || depth >= MAX_CAUSES) ? null
							: new Withheld(original.getCause(), depth + 1),
					false, true);
			setStackTrace(original.getStackTrace());
		}

	}

}
