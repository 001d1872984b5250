package org.psoascare.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.psoascare.web.NotFoundException;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address under {@code /api/} is a 404 problem as JSON, so an API client never
 * gets the site's HTML error page. Every more specific mapping wins over this.
 */
@RestController
@Hidden
class ApiNotFound {

	@RequestMapping("/api/**")
	void notFound() {
		throw new NotFoundException();
	}

}
