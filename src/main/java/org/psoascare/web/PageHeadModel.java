package org.psoascare.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what every page's head needs in its model: the site's address and the page's
 * canonical URL (the base URL and the request's path, without its query, so a filtered
 * stretch list points to the list itself). Error pages are marked noindex by the layout
 * and get no canonical link.
 */
@ControllerAdvice
class PageHeadModel {

	private final SiteAddress address;

	PageHeadModel(SiteAddress address) {
		this.address = address;
	}

	@ModelAttribute("siteAddress")
	SiteAddress siteAddress() {
		return this.address;
	}

	@ModelAttribute("canonical")
	String canonical(HttpServletRequest request) {
		return this.address.url(request.getRequestURI());
	}

}
