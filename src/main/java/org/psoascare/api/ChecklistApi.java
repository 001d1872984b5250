package org.psoascare.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.psoascare.checklist.ChecklistEvaluator;
import org.psoascare.checklist.Question;
import org.psoascare.checklist.QuestionGroup;
import org.psoascare.checklist.QuestionType;
import org.psoascare.checklist.TriageResult;
import org.psoascare.checklist.TriageRule;
import org.psoascare.web.CachedPage;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The symptom checklist as JSON: its questions and rules, and its evaluation.
 * <p>
 * {@code POST /api/v1/checklist/evaluate} takes the same form body as the HTML form
 * ({@code application/x-www-form-urlencoded}: {@code answer=<code>} for each tick box,
 * {@code <choice>=<option>}, {@code age=<years>}) and reads and triages it in exactly the
 * same way, through {@link ChecklistEvaluator}. Nothing is stored or logged, and the
 * answer is {@code no-store}. Nothing hides a red flag: when anything above self-care
 * fired, the result is given with the problems that could not be read; only when nothing
 * was flagged and something could not be read is it a 422 naming the problems, as the
 * HTML form asks again. A POST with no body is an empty form (nothing given); a body that
 * is not a form is a 415; one over 16 KB a 413. No error message ever holds an answer.
 */
@RestController
@RequestMapping(path = "/api/v1/checklist", produces = "application/json")
@Tag(name = "checklist", description = "The symptom checklist's questions, rules and evaluation")
class ChecklistApi {

	private final ChecklistEvaluator checklist;

	private final ApiLinks links;

	ChecklistApi(ChecklistEvaluator checklist, ApiLinks links) {
		this.checklist = checklist;
		this.links = links;
	}

	@CachedPage
	@GetMapping
	@Operation(summary = "The checklist's questions, in the form's order, and its triage rules")
	ApiJson.ChecklistDefinition definition() {
		ChecklistEvaluator.Definition definition = this.checklist.definition();
		return new ApiJson.ChecklistDefinition(definition.questions().stream().map(ChecklistApi::group).toList(),
				definition.rules().stream().map(ChecklistApi::rule).toList(), this.links.index().evaluate());
	}

	@PostMapping("/evaluate")
	@Operation(summary = "Evaluate answers as the HTML form does; nothing is stored or logged",
			requestBody = @RequestBody(required = false,
					description = "The fields the HTML form sends, for example "
							+ "answer=saddle-numbness&answer=fever&age=54",
					content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
							schema = @Schema(type = "object"),
							examples = @ExampleObject(value = "answer=saddle-numbness&answer=fever&age=54"))))
	@ApiResponse(responseCode = "200", description = "The result, with whatever could not be read",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = ApiJson.Evaluation.class)))
	@ApiResponse(responseCode = "422",
			description = "Something could not be read and nothing was flagged: " + "correct the answers",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = ApiJson.NeedsCorrection.class)))
	@ApiResponse(responseCode = "413", description = "The body is over 16 KB", content = @Content)
	@ApiResponse(responseCode = "415",
			description = "The body is not application/x-www-form-urlencoded (no body at all is nothing given)",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
	ResponseEntity<?> evaluate(HttpServletRequest request) throws IOException {
		String contentType = request.getContentType();
		InputStream body = request.getInputStream();
		if (contentType == null) {
			// No body at all is an empty form: nothing given. A body of no stated type is
			// not a form.
			if (body.readNBytes(1).length > 0) {
				throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
			}
			body = InputStream.nullInputStream();
		}
		else if (!isForm(contentType)) {
			throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}
		ChecklistEvaluator.Evaluation evaluation = this.checklist.evaluate(body);
		if (evaluation.needsCorrection()) {
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
				.cacheControl(CacheControl.noStore())
				.body(new ApiJson.NeedsCorrection(evaluation.problems()));
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(result(evaluation));
	}

	private ApiJson.Evaluation result(ChecklistEvaluator.Evaluation evaluation) {
		TriageResult result = evaluation.result();
		List<ApiJson.Card> cards = result.cards()
			.stream()
			.map((card) -> new ApiJson.Card(card.level().code(), card.actions(),
					card.rules()
						.stream()
						.map((rule) -> new ApiJson.Reason(rule.slug(), rule.reason(), rule.explanation(),
								source(rule.source())))
						.toList()))
			.toList();
		TriageRule.Links recommends = result.recommends();
		return new ApiJson.Evaluation(result.disposition().code(), cards, result.tellStaff().sentence(),
				result.patterns().stream().map((rule) -> new ApiJson.Pattern(rule.slug(), rule.pattern())).toList(),
				new ApiJson.Links(this.links.refs("guides", recommends.guides()),
						this.links.refs("routines", recommends.routines()),
						this.links.refs("stretches", recommends.stretches())),
				this.links.refs("stretches", result.avoidStretches()), evaluation.problems(), result.nothingGiven(),
				result.readCarefully().stream().map(QuestionGroup::slug).toList());
	}

	private static ApiJson.QuestionGroup group(QuestionGroup group) {
		QuestionGroup.Gate gate = group.gate();
		return new ApiJson.QuestionGroup(group.slug(), group.checkFirst(), group.legend(), group.hint(),
				group.questions().stream().map(ChecklistApi::question).toList(),
				(gate != null)
						? new ApiJson.Gate(gate.code(), gate.label(),
								QuestionGroup.Gate.ANSWERS.stream().map(gate::answerCode).toList(), gate.mostSerious())
						: null);
	}

	private static ApiJson.Question question(Question question) {
		boolean check = question.type() == QuestionType.CHECK;
		return new ApiJson.Question(question.code(), question.type().code(), question.label(),
				check ? "answer" : question.code(), check ? question.code() : null,
				question.options()
					.stream()
					.map((option) -> new ApiJson.Option(option.code(), option.label()))
					.toList());
	}

	private static ApiJson.Rule rule(TriageRule rule) {
		TriageRule.Conditions when = rule.when();
		return new ApiJson.Rule(rule.slug(), rule.level().code(),
				new ApiJson.Conditions(when.all(), when.any(), when.none(), when.minAge(), when.maxAge(),
						when.ageUnknown()),
				rule.reason(), rule.action(), rule.explanation(), rule.pattern(), rule.tellStaff(), rule.worry(),
				source(rule.source()), new ApiJson.RuleLinks(rule.recommends().guides(), rule.recommends().routines(),
						rule.recommends().stretches()),
				rule.avoidStretches(), rule.noRoutines());
	}

	private static ApiJson.RuleSource source(TriageRule.Source source) {
		return (source != null) ? new ApiJson.RuleSource(source.title(), source.publisher(), source.url()) : null;
	}

	private static boolean isForm(String contentType) {
		try {
			return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
