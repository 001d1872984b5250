package org.psoascare.checklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds checklist result pages by joining pieces rendered once per content load: the
 * page around the result, each level's card, each rule's reason and action, each pattern,
 * each routine, stretch and guide, each answer's words. The pieces come from the
 * fragments of {@code templates/checklist/result.html}, rendered with Thymeleaf in the
 * first request after a load; answering the checklist then costs joining strings, not
 * template processing. No piece holds anything a person answered.
 */
@Component
class ResultPages {

	private static final String TEMPLATE = "checklist/result";

	private static final String SLOT = "<!--slot-->";

	private final ITemplateEngine templates;

	private volatile Pieces pieces;

	ResultPages(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The whole result page for these answers: the highest level's card first, its
	 * heading the page's main heading; then what could not be read, the safety net, and
	 * any self-care advice.
	 */
	String render(Checklist.Snapshot snapshot, TriageResult result, AnswerForm form, Map<String, Object> model,
			HttpServletRequest request, HttpServletResponse response) {
		Pieces pieces = piecesFor(snapshot, model, request, response);
		Answers answers = form.answers();
		StringBuilder html = new StringBuilder(16 * 1024);
		html.append(pieces.pages.get(result.disposition()).before());
		html.append("<div class=\"result\" data-disposition=\"").append(result.disposition().code()).append("\">");
		boolean primary = true;
		for (TriageResult.CareCard card : result.cards()) {
			Slot cardSlot = (primary ? pieces.primaryCards : pieces.cards).get(card.level());
			html.append(cardSlot.before());
			// Only the first card says what to do; a lower one lists its signs to
			// mention.
			if (primary && !card.rules().isEmpty()) {
				Slot whatToDo = (card.level() == CareLevel.EMERGENCY) ? pieces.emergencyWhatToDo : pieces.whatToDo;
				html.append(whatToDo.before());
				Set<String> actions = new LinkedHashSet<>();
				card.rules()
					.stream()
					.filter((rule) -> actions.add(rule.action()))
					.forEach((rule) -> html.append(pieces.actions.get(rule.slug())));
				html.append(whatToDo.after());
			}
			primary = false;
			if (card.level() == CareLevel.EMERGENCY) {
				html.append(pieces.tellStaff.before())
					.append(HtmlUtils.htmlEscape(result.tellStaff().sentence()))
					.append(pieces.tellStaff.after());
			}
			if (!card.rules().isEmpty()) {
				html.append(pieces.why.before());
				card.rules().forEach((rule) -> html.append(pieces.reasons.get(rule.slug())));
				html.append(pieces.why.after());
			}
			html.append(cardSlot.after());
		}
		html.append("</div>");
		if (result.nothingGiven()) {
			html.append(pieces.nothingGiven);
		}
		if (form.hasProblems()) {
			html.append(pieces.problems.before());
			form.problems().forEach((problem) -> html.append(pieces.problemLines.get(problem)));
			html.append(pieces.problems.after());
			if (form.ageInvalid()) {
				html.append(pieces.ageFix.before());
				answers.codes().stream().sorted().forEach((code) -> html.append(pieces.hiddenAnswers.get(code)));
				html.append(pieces.ageFix.after());
			}
		}
		if (result.disposition() != CareLevel.EMERGENCY) {
			html.append(pieces.safetyNets.get(result.disposition()));
		}
		if (!result.patterns().isEmpty()) {
			html.append(pieces.patterns.before());
			result.patterns().forEach((rule) -> html.append(pieces.patternBlocks.get(rule.slug())));
			html.append(pieces.patterns.after());
		}
		TriageRule.Links recommends = result.recommends();
		if (!recommends.isEmpty()) {
			html.append(pieces.recommends.before());
			list(html, pieces.cardList, recommends.routines(), pieces.routineCards);
			list(html, pieces.cardList, recommends.stretches(), pieces.stretchCards);
			list(html, pieces.readMore, recommends.guides(), pieces.guideLinks);
			html.append(pieces.recommends.after());
		}
		if (!result.avoidStretches().isEmpty()) {
			html.append(pieces.avoid.before());
			result.avoidStretches().forEach((slug) -> html.append(pieces.avoidLinks.get(slug)));
			html.append(pieces.avoid.after());
		}
		html.append(pieces.answers.before());
		if (answers.age() != null) {
			html.append(pieces.ages.get(answers.age()));
		}
		boolean anyGiven = false;
		for (AnswerGroup group : pieces.answerGroups) {
			boolean opened = false;
			for (String code : group.codes()) {
				if (answers.codes().contains(code)) {
					if (!opened) {
						html.append(group.slot().before());
						opened = true;
					}
					html.append(pieces.answerLines.get(code));
				}
			}
			if (opened) {
				html.append(group.slot().after());
				anyGiven = true;
			}
		}
		if (!anyGiven && answers.age() == null) {
			html.append(pieces.noAnswers);
		}
		html.append(pieces.answers.after());
		html.append(pieces.pages.get(result.disposition()).after());
		return html.toString();
	}

	private static void list(StringBuilder html, Slot around, List<String> slugs, Map<String, String> items) {
		if (!slugs.isEmpty()) {
			html.append(around.before());
			slugs.forEach((slug) -> html.append(items.get(slug)));
			html.append(around.after());
		}
	}

	private Pieces piecesFor(Checklist.Snapshot snapshot, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		Pieces current = this.pieces;
		if (current != null && current.snapshot == snapshot) {
			return current;
		}
		synchronized (this) {
			if (this.pieces == null || this.pieces.snapshot != snapshot) {
				this.pieces = new Renderer(model, request, response).pieces(snapshot);
			}
			return this.pieces;
		}
	}

	/** Text before and after a piece's slot. */
	record Slot(String before, String after) {
	}

	/** A question group's heading and list, and its answer codes in form order. */
	private record AnswerGroup(Slot slot, List<String> codes) {
	}

	/** Every piece of a result page, for one snapshot of the checklist. */
	private record Pieces(Checklist.Snapshot snapshot, Map<CareLevel, Slot> pages, String nothingGiven,
			Map<CareLevel, Slot> primaryCards, Map<CareLevel, Slot> cards, Slot why, Slot whatToDo,
			Slot emergencyWhatToDo, Slot tellStaff, Map<CareLevel, String> safetyNets, Slot problems,
			Map<AnswerForm.Problem, String> problemLines, Slot ageFix, Map<String, String> hiddenAnswers,
			Map<String, String> reasons, Map<String, String> actions, Slot patterns, Map<String, String> patternBlocks,
			Slot recommends, Slot cardList, Slot readMore, Map<String, String> routineCards,
			Map<String, String> stretchCards, Map<String, String> guideLinks, Slot avoid,
			Map<String, String> avoidLinks, Slot answers, Map<Integer, String> ages, String noAnswers,
			List<AnswerGroup> answerGroups, Map<String, String> answerLines) {
	}

	/** Renders pieces with Thymeleaf in the current request's context. */
	private final class Renderer {

		private final JakartaServletWebApplication application;

		private final HttpServletRequest request;

		private final HttpServletResponse response;

		private final Map<String, Object> model;

		Renderer(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
			this.application = JakartaServletWebApplication.buildApplication(request.getServletContext());
			this.request = request;
			this.response = response;
			this.model = model;
		}

		Pieces pieces(Checklist.Snapshot snapshot) {
			List<TriageRule> rules = snapshot.triage().rules();
			Map<String, String> answerLines = new HashMap<>();
			Map<String, String> hiddenAnswers = new HashMap<>();
			List<AnswerGroup> answerGroups = new ArrayList<>();
			for (QuestionGroup group : snapshot.questions()) {
				answerGroups.add(new AnswerGroup(slot("answer-group", Map.of("group", group)), group.answerCodes()));
				for (Question question : group.questions()) {
					switch (question.type()) {
						case CHECK -> {
							answerLines.put(question.code(), piece("answer", Map.of("answer", question.label())));
							hiddenAnswers.put(question.code(),
									piece("hidden-answer", Map.of("name", AnswerForm.ANSWER, "code", question.code())));
						}
						case CHOICE -> question.options().forEach((option) -> {
							answerLines.put(option.code(),
									piece("answer", Map.of("answer", question.label() + " " + option.label())));
							hiddenAnswers.put(option.code(),
									piece("hidden-answer", Map.of("name", question.code(), "code", option.code())));
						});
						case NUMBER -> {
						}
					}
				}
			}
			Map<CareLevel, Slot> pages = new EnumMap<>(CareLevel.class);
			Map<CareLevel, Slot> primaryCards = new EnumMap<>(CareLevel.class);
			Map<CareLevel, Slot> cards = new EnumMap<>(CareLevel.class);
			Map<CareLevel, String> safetyNets = new EnumMap<>(CareLevel.class);
			for (CareLevel level : CareLevel.values()) {
				pages.put(level, split(render(TEMPLATE, Set.of(), Map.of("level", level))));
				primaryCards.put(level, slot("card", Map.of("level", level, "primary", true)));
				cards.put(level, slot("card", Map.of("level", level, "primary", false)));
				if (level != CareLevel.EMERGENCY) {
					safetyNets.put(level, piece("safety-net", Map.of("level", level)));
				}
			}
			Map<AnswerForm.Problem, String> problemLines = new EnumMap<>(AnswerForm.Problem.class);
			for (AnswerForm.Problem problem : AnswerForm.Problem.values()) {
				problemLines.put(problem, piece("problem", Map.of("problem", problem.code())));
			}
			Map<Integer, String> ages = new HashMap<>();
			for (int age = 0; age <= AnswerForm.MAX_AGE; age++) {
				ages.put(age, piece("age", Map.of("age", age)));
			}
			return new Pieces(snapshot, pages, piece("nothing-given", Map.of()), primaryCards, cards,
					slot("why", Map.of()), slot("what-to-do", Map.of()), slot("emergency-what-to-do", Map.of()),
					slot("tell-staff", Map.of()), safetyNets, slot("problems", Map.of()), problemLines,
					slot("age-fix", Map.of()), hiddenAnswers,
					bySlug(rules, TriageRule::slug, (rule) -> piece("reason", Map.of("rule", rule))),
					bySlug(rules, TriageRule::slug, (rule) -> piece("action", Map.of("rule", rule))),
					slot("patterns", Map.of()),
					bySlug(rules.stream().filter((rule) -> !rule.pattern().isBlank()).toList(), TriageRule::slug,
							(rule) -> piece("pattern", Map.of("rule", rule))),
					slot("recommends", Map.of()), slot("card-list", Map.of()), slot("read-more", Map.of()),
					bySlug(snapshot.routines().values(), (routine) -> routine.slug(),
							(routine) -> fragment("fragments/cards", "routine", Map.of("routine", routine))),
					bySlug(snapshot.stretches().values(), (stretch) -> stretch.slug(),
							(stretch) -> fragment("fragments/cards", "stretch", Map.of("stretch", stretch))),
					bySlug(snapshot.guides().values(), (guide) -> guide.slug(),
							(guide) -> piece("guide-link", Map.of("guide", guide))),
					slot("avoid", Map.of()),
					bySlug(snapshot.stretches().values(), (stretch) -> stretch.slug(),
							(stretch) -> piece("avoid-link", Map.of("stretch", stretch))),
					slot("answers", Map.of()), ages, piece("no-answers", Map.of()), answerGroups, answerLines);
		}

		private Slot slot(String fragment, Map<String, Object> variables) {
			return split(piece(fragment, variables));
		}

		private String piece(String fragment, Map<String, Object> variables) {
			return fragment(TEMPLATE, fragment, variables);
		}

		private String fragment(String template, String fragment, Map<String, Object> variables) {
			return render(template, Set.of(fragment), variables).strip();
		}

		private String render(String template, Set<String> selectors, Map<String, Object> variables) {
			Map<String, Object> all = new HashMap<>(this.model);
			all.putAll(variables);
			WebContext context = new WebContext(this.application.buildExchange(this.request, this.response),
					LocaleContextHolder.getLocale(), all);
			return ResultPages.this.templates.process(template, selectors, context);
		}

		private static Slot split(String html) {
			int at = html.indexOf(SLOT);
			if (at < 0) {
				throw new IllegalStateException("A result piece has no slot: " + html);
			}
			return new Slot(html.substring(0, at), html.substring(at + SLOT.length()));
		}

		private static <T> Map<String, String> bySlug(Collection<T> items, Function<T, String> slug,
				Function<T, String> render) {
			Map<String, String> pieces = new HashMap<>();
			items.forEach((item) -> pieces.put(slug.apply(item), render.apply(item)));
			return pieces;
		}

	}

}
