package org.psoascare.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request that truly needs the database while it cannot be reached gets a 503 with
 * {@code Retry-After} (the site's 5xx page), after at most the pool's connection timeout,
 * and one calm log line. Content pages, search and the checklist are served from memory
 * and never get here.
 */
@ControllerAdvice
class DatabaseUnavailable {

	/** Seconds a client should wait before trying again. */
	static final int RETRY_AFTER_SECONDS = 30;

	private static final Log log = LogFactory.getLog(DatabaseUnavailable.class);

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			QueryTimeoutException.class })
	void unavailable(Exception ex, HttpServletResponse response) throws IOException {
		log.warn("Database unavailable (" + ex.getClass().getSimpleName() + "): answered 503");
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
