package org.psoascare.progress;

import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.web.ContentSecurityPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /progress}: the progress diary. What a person records is kept by
 * {@code static/js/progress.js} in this browser's local storage only; the page is served
 * with {@link ContentSecurityPolicy#NO_CONNECTIONS}, so no script on it can send anything
 * to any server. Without JavaScript it is a paper diary to print (A4).
 */
@Controller
class ProgressController {

	@GetMapping("/progress")
	String progress(HttpServletResponse response) {
		ContentSecurityPolicy.noConnections(response);
		return "progress/page";
	}

}
