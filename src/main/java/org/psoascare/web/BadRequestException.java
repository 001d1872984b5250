package org.psoascare.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The request cannot be handled as sent: shown as the 400 page. The reason is a short
 * code for logs and tests, never the raw input.
 */
public class BadRequestException extends ResponseStatusException {

	public BadRequestException(String reason) {
		super(HttpStatus.BAD_REQUEST, reason);
	}

}
