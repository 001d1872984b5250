package org.psoascare.checklist;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.web.BadRequestException;
import org.psoascare.web.CachedPage;
import org.psoascare.web.HtmlPages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The symptom checklist. Answers arrive by POST only, are evaluated in memory, and are
 * never stored, logged or put in a URL; the result, a page rendered once per content load
 * and filled with what these answers show ({@link ResultPages}), is sent with no-store.
 * <p>
 * Nothing hides a red flag: the body is read with {@link FormBody}, not the servlet
 * container's parser, so that one broken pair cannot drop the rest; whatever part of a
 * submission cannot be read (an age in words, an unknown field, a broken escape) is left
 * out and named, and the rest is triaged. When that gives anything above self-care, the
 * result is shown with a calm note about what could not be read; only when there is
 * nothing to flag is the form shown again, with the error, to be corrected. A body that
 * is not a form at all is a bad request.
 */
@Controller
class ChecklistController {

	private final Checklist checklist;

	private final ChecklistEvaluator evaluator;

	private final ResultPages pages;

	ChecklistController(Checklist checklist, ChecklistEvaluator evaluator, ResultPages pages) {
		this.checklist = checklist;
		this.evaluator = evaluator;
		this.pages = pages;
	}

	@CachedPage
	@GetMapping("/checklist")
	String form(Model model) {
		return showForm(model, AnswerForm.empty());
	}

	@PostMapping("/checklist")
	ModelAndView submit(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String contentType = request.getContentType();
		if (contentType == null || !isForm(contentType)) {
			throw new BadRequestException("content-type");
		}
		ChecklistEvaluator.Reading reading = this.evaluator.read(request.getInputStream());
		AnswerForm form = reading.form();
		TriageResult result = reading.result();
		if (reading.needsCorrection()) {
			return new ModelAndView(showForm(model, form), model.asMap());
		}
		if (form.firstPartOnly() && result.disposition() == CareLevel.SELF_CARE) {
			// Stopping after "Check these first" with nothing flagged is not a verdict.
			model.addAttribute("firstPartClear", true);
			return new ModelAndView(showForm(model, form), model.asMap());
		}
		HtmlPages.send(response, this.pages.render(reading.snapshot(), result, form, model.asMap(), request, response));
		return null;
	}

	private static boolean isForm(String contentType) {
		try {
			return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private String showForm(Model model, AnswerForm form) {
		model.addAttribute("groups", this.checklist.snapshot().questions());
		model.addAttribute("form", form);
		model.addAttribute("maxAge", AnswerForm.MAX_AGE);
		return "checklist/form";
	}

}
