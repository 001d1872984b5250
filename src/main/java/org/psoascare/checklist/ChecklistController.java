package org.psoascare.checklist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.web.BadRequestException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The symptom checklist. Answers arrive by POST only, are evaluated in memory, and are
 * never stored, logged or put in a URL; the result, joined from pieces rendered once
 * per content load ({@link ResultPages}), is sent with no-store.
 */
@Controller
class ChecklistController {

	/** Tomcat sets this when it could not read the form, e.g. a body over its limit. */
	private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

	private final Checklist checklist;

	private final ResultPages pages;

	ChecklistController(Checklist checklist, ResultPages pages) {
		this.checklist = checklist;
		this.pages = pages;
	}

	@GetMapping("/checklist")
	String form(Model model) {
		return showForm(model, AnswerForm.empty());
	}

	@PostMapping("/checklist")
	ModelAndView submit(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String contentType = request.getContentType();
		if (contentType == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType))) {
			throw new BadRequestException("content-type");
		}
		if (request.getAttribute(PARSE_FAILED) != null) {
			throw new BadRequestException("form");
		}
		Checklist.Snapshot snapshot = this.checklist.snapshot();
		AnswerForm form = AnswerForm.read(request.getParameterMap(), snapshot.fields());
		if (form.ageInvalid()) {
			return new ModelAndView(showForm(model, form), model.asMap());
		}
		TriageResult result = snapshot.triage().evaluate(form.answers());
		byte[] page = this.pages.render(snapshot, result, form.answers(), model.asMap(), request, response)
			.getBytes(StandardCharsets.UTF_8);
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(page.length);
		response.getOutputStream().write(page);
		return null;
	}

	private String showForm(Model model, AnswerForm form) {
		model.addAttribute("groups", this.checklist.snapshot().questions());
		model.addAttribute("form", form);
		model.addAttribute("maxAge", AnswerForm.MAX_AGE);
		return "checklist/form";
	}

}
