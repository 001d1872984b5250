package org.psoascare.checklist;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.web.BadRequestException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The symptom checklist. Answers arrive by POST only, are evaluated in memory, and are
 * never stored, logged or put in a URL; the result is sent with no-store.
 */
@Controller
class ChecklistController {

	/** Tomcat sets this when it could not read the form, e.g. a body over its limit. */
	private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

	private final Checklist checklist;

	ChecklistController(Checklist checklist) {
		this.checklist = checklist;
	}

	@GetMapping("/checklist")
	String form(Model model) {
		return showForm(model, AnswerForm.empty());
	}

	@PostMapping("/checklist")
	String submit(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String contentType = request.getContentType();
		if (contentType == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType))) {
			throw new BadRequestException("content-type");
		}
		if (request.getAttribute(PARSE_FAILED) != null) {
			throw new BadRequestException("form");
		}
		Checklist.Snapshot snapshot = this.checklist.snapshot();
		AnswerForm form = AnswerForm.read(request.getParameterMap(), snapshot.questions());
		if (form.ageInvalid()) {
			return showForm(model, form);
		}
		model.addAttribute("result", snapshot.triage().evaluate(form.answers()));
		model.addAttribute("given", given(snapshot.questions(), form.answers()));
		model.addAttribute("age", form.answers().age());
		model.addAttribute("guides", snapshot.guides());
		model.addAttribute("routines", snapshot.routines());
		model.addAttribute("stretches", snapshot.stretches());
		return "checklist/result";
	}

	private String showForm(Model model, AnswerForm form) {
		model.addAttribute("groups", this.checklist.snapshot().questions());
		model.addAttribute("form", form);
		model.addAttribute("maxAge", AnswerForm.MAX_AGE);
		return "checklist/form";
	}

	/** The answers given, as the labels a person saw, for the printable summary. */
	private static List<GivenAnswers> given(List<QuestionGroup> groups, Answers answers) {
		List<GivenAnswers> given = new ArrayList<>();
		for (QuestionGroup group : groups) {
			List<String> lines = new ArrayList<>();
			for (Question question : group.questions()) {
				switch (question.type()) {
					case CHECK -> {
						if (answers.codes().contains(question.code())) {
							lines.add(question.label());
						}
					}
					case CHOICE -> question.options()
						.stream()
						.filter((option) -> answers.codes().contains(option.code()))
						.forEach((option) -> lines.add(question.label() + " " + option.label()));
					case NUMBER -> {
					}
				}
			}
			if (!lines.isEmpty()) {
				given.add(new GivenAnswers(group.legend(), lines));
			}
		}
		return given;
	}

	/** One group's answers in words. */
	record GivenAnswers(String legend, List<String> answers) {
	}

}
