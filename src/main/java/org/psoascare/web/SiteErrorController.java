package org.psoascare.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error is a page in the site's layout, whatever the client asked for: no JSON
 * with framework details, no stack trace, no echo of the request. Replaces Spring
 * Boot's default error controller.
 */
@Controller
class SiteErrorController implements ErrorController {

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer number) ? number : HttpStatus.INTERNAL_SERVER_ERROR.value();
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("status", status);
		if (status == HttpStatus.NOT_FOUND.value()) {
			return "error/404";
		}
		return (status >= 500) ? "error/5xx" : "error/4xx";
	}

}
