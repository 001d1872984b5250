package org.psoascare.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Every error is a page in the site's layout, whatever the client asked for: no JSON with
 * framework details, no stack trace, no echo of the request. Replaces Spring Boot's
 * default error controller. {@code /error} asked for directly, by any method, is a page
 * that does not exist: 404. TRACE, which Tomcat refuses for every address with a 405 that
 * lists the servlet's methods, is answered 501 (not implemented anywhere) with no Allow;
 * a 405's Allow names HEAD wherever it names GET.
 */
@Controller
class SiteErrorController implements ErrorController {

	@RequestMapping(path = "/error", method = { RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST,
			RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS, RequestMethod.TRACE })
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		int status = status(request);
		if (status == HttpStatus.METHOD_NOT_ALLOWED.value()
				&& "TRACE".equals(request.getAttribute(RequestDispatcher.ERROR_METHOD))) {
			status = HttpStatus.NOT_IMPLEMENTED.value();
			response.setHeader(HttpHeaders.ALLOW, null);
		}
		String allow = response.getHeader(HttpHeaders.ALLOW);
		if (allow != null && allow.matches("(?i).*\\bGET\\b.*") && !allow.matches("(?i).*\\bHEAD\\b.*")) {
			// Spring lists the mapped methods; every page that answers GET answers HEAD.
			allow = allow + ", HEAD";
		}
		if (allow != null && !allow.isBlank() && !allow.matches("(?i).*\\bOPTIONS\\b.*")) {
			// And every mapped address answers OPTIONS (with 200), so it is allowed too.
			allow = allow + ", OPTIONS";
		}
		if (allow != null) {
			response.setHeader(HttpHeaders.ALLOW, allow);
		}
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("status", status);
		if (status == HttpStatus.NOT_FOUND.value()) {
			return "error/404";
		}
		return (status >= 500 && status != HttpStatus.NOT_IMPLEMENTED.value()) ? "error/5xx" : "error/4xx";
	}

	/** The error's status; 404 for a request to {@code /error} itself. */
	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (request.getDispatcherType() != DispatcherType.ERROR || !(code instanceof Integer number)) {
			return HttpStatus.NOT_FOUND.value();
		}
		return number;
	}

}
