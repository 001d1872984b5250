package org.psoascare.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Every error is a page in the site's layout, whatever the client asked for: no JSON with
 * framework details, no stack trace, no echo of the request. Replaces Spring Boot's
 * default error controller. {@code /error} asked for directly, by any method, is a page
 * that does not exist: 404. TRACE, which Tomcat refuses for every address with a 405 that
 * lists the servlet's methods, is answered 501 (not implemented anywhere) with no Allow;
 * a 405's Allow names HEAD wherever it names GET.
 * <p>
 * An error for an address of the JSON API (under {@value #API_PREFIX}) is a problem as
 * JSON instead ({@code application/problem+json}, RFC 9457: {@code title},
 * {@code status}, {@code instance}), with the same status and headers, whichever layer
 * refused the request: a wrong method (405 with Allow), a wrong Accept (406), a body too
 * large (413), a broken body (400). Nothing of the request but its path is in it.
 */
@Controller
class SiteErrorController implements ErrorController {

	/** Where the JSON API's addresses start: errors there are JSON problems. */
	static final String API_PREFIX = "/api/";

	private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	private final JsonMapper json = JsonMapper.builder().build();

	@RequestMapping(path = "/error", method = { RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST,
			RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS, RequestMethod.TRACE })
	ModelAndView error(HttpServletRequest request, HttpServletResponse response, Model model) {
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
		String path = (request.getDispatcherType() == DispatcherType.ERROR)
				? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
		if (path != null && path.startsWith(API_PREFIX)) {
			return new ModelAndView(problem(status, path));
		}
		model.addAttribute("status", status);
		if (status == HttpStatus.NOT_FOUND.value()) {
			return new ModelAndView("error/404");
		}
		return new ModelAndView(
				(status >= 500 && status != HttpStatus.NOT_IMPLEMENTED.value()) ? "error/5xx" : "error/4xx");
	}

	/** The problem for an API address: its status, the status's name, the path. */
	private View problem(int status, String path) {
		Map<String, Object> problem = new LinkedHashMap<>();
		HttpStatus known = HttpStatus.resolve(status);
		problem.put("instance", path);
		problem.put("status", status);
		problem.put("title", (known != null) ? known.getReasonPhrase() : "Error");
		byte[] body = this.json.writeValueAsBytes(problem);
		return new View() {

			@Override
			public String getContentType() {
				return PROBLEM.toString();
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
					throws IOException {
				response.setContentType(PROBLEM.toString());
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
				// Sent now: after a body Tomcat could not read, it closes the connection
				// when the request ends, dropping what was not flushed (Thymeleaf's views
				// flush the pages themselves).
				response.flushBuffer();
			}

		};
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
