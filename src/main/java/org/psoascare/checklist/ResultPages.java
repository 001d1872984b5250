package org.psoascare.checklist;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.plan.Exclusion;
import org.psoascare.plan.PlanCatalog;
import org.psoascare.plan.PlanViews.PlanOffer;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.web.FragmentRenderer;
import org.psoascare.web.FragmentRenderer.Composer;
import org.thymeleaf.ITemplateEngine;

import org.springframework.stereotype.Component;

/**
 * Builds checklist result pages from {@code templates/checklist/result.html}, rendered
 * with Thymeleaf once per content load, in the first request after it and in that
 * request's context ({@link FragmentRenderer#compose}): the page once for each care level
 * as the highest, holding the page's order and conditions, and every piece it may insert
 * by key (each rule's reason and action, each pattern, each routine, stretch and guide,
 * each answer's words; or a card of {@code fragments/cards.html}). Answering the
 * checklist then costs filling the page ({@link ResultPieces#page}), not template
 * processing. No piece holds anything a person answered.
 */
@Component
class ResultPages {

	private static final String TEMPLATE = "checklist/result";

	private static final String CARDS = "fragments/cards";

	private final ITemplateEngine templates;

	private final PlanCatalog plans;

	private volatile ResultPieces pieces;

	ResultPages(ITemplateEngine templates, PlanCatalog plans) {
		this.templates = templates;
		this.plans = plans;
	}

	/**
	 * The whole result page for these answers ({@link ResultPieces#page}).
	 * @param model the request's model (site settings), used only when the pieces are
	 * rendered, in the first request after a load
	 */
	String render(Checklist.Snapshot snapshot, TriageResult result, AnswerForm form, Map<String, Object> model,
			HttpServletRequest request, HttpServletResponse response) {
		return piecesFor(snapshot, model, request, response).page(result, form, planFor(result, form.answers()));
	}

	/**
	 * The recovery plan a result offers (clinical safety v3): only at soon or self-care,
	 * never under 16, shaped by the answers that rule stretches out, all carried in its
	 * address; nothing is stored.
	 */
	private Optional<String> planFor(TriageResult result, Answers answers) {
		boolean under16 = answers.age() != null && answers.age() < 16;
		return this.plans
			.forResult(result.disposition().code(), result.patterns().stream().map(TriageRule::slug).toList(),
					Exclusion.fromChecklistAnswers(answers.codes()), under16)
			.map(PlanOffer::path);
	}

	private ResultPieces piecesFor(Checklist.Snapshot snapshot, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		ResultPieces current = this.pieces;
		if (current != null && current.snapshot() == snapshot) {
			return current;
		}
		synchronized (this) {
			if (this.pieces == null || this.pieces.snapshot() != snapshot) {
				this.pieces = new Renderer(model, request, response).pieces(snapshot);
			}
			return this.pieces;
		}
	}

	/** Renders the pages and pieces with Thymeleaf in the current request's context. */
	private final class Renderer {

		private final FragmentRenderer fragments;

		Renderer(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
			this.fragments = new FragmentRenderer(ResultPages.this.templates, model, request, response).with("levels",
					List.of(CareLevel.values()));
		}

		ResultPieces pieces(Checklist.Snapshot snapshot) {
			Map<CareLevel, Composer> pages = new EnumMap<>(CareLevel.class);
			for (CareLevel level : CareLevel.values()) {
				pages.put(level, this.fragments.compose(TEMPLATE, Map.of("level", level)));
			}
			List<TriageRule> rules = snapshot.triage().rules();
			Map<String, String> staffWords = new HashMap<>();
			rules.stream()
				.filter((rule) -> rule.level() == CareLevel.EMERGENCY)
				.flatMap((rule) -> Stream.of(rule.tellStaff(), rule.worry()))
				.filter((words) -> !words.isBlank())
				.forEach((words) -> staffWords.put(words,
						this.fragments.render(TEMPLATE, Set.of("staff-words"), Map.of("words", words))));
			Map<AnswerForm.Problem, String> problems = new EnumMap<>(AnswerForm.Problem.class);
			for (AnswerForm.Problem problem : AnswerForm.Problem.values()) {
				problems.put(problem, piece("problem", Map.of("problem", problem.code())));
			}
			List<TriageRule> patterns = rules.stream().filter((rule) -> !rule.pattern().isBlank()).toList();
			Map<String, String> lines = new HashMap<>();
			return new ResultPieces(snapshot, pages,
					bySlug(rules, TriageRule::slug, (rule) -> piece("action", Map.of("rule", rule))),
					bySlug(rules, TriageRule::slug, (rule) -> piece("reason", Map.of("rule", rule))), staffWords,
					today(snapshot), readCarefully(snapshot), problems, hiddenAnswers(snapshot),
					bySlug(patterns, TriageRule::slug, (rule) -> piece("pattern", Map.of("rule", rule))),
					bySlug(snapshot.routines().values(), (routine) -> routine.slug(),
							(routine) -> fragment(CARDS, "routine", Map.of("routine", routine))),
					bySlug(snapshot.stretches().values(), (stretch) -> stretch.slug(),
							(stretch) -> fragment(CARDS, "stretch", Map.of("stretch", stretch))),
					bySlug(snapshot.guides().values(), (guide) -> guide.slug(),
							(guide) -> piece("guide-link", Map.of("guide", guide))),
					bySlug(snapshot.stretches().values(), (stretch) -> stretch.slug(),
							(stretch) -> piece("avoid-link", Map.of("stretch", stretch))),
					ages(), groups(snapshot, lines), lines);
		}

		/**
		 * What "what to do today" may link to: each routine a rule recommends, by slug,
		 * and each plan a result may offer, under every set of exclusions, by address.
		 */
		private Map<String, String> today(Checklist.Snapshot snapshot) {
			Map<String, String> today = bySlug(snapshot.routines().values(), RoutineSummary::slug,
					(routine) -> piece("today-routine", Map.of("routine", routine)));
			for (Set<Exclusion> exclusions : Exclusion.everyCombination()) {
				Stream
					.concat(snapshot.triage()
						.rules()
						.stream()
						.filter((rule) -> !rule.pattern().isBlank())
						.map((rule) -> ResultPages.this.plans.forPattern(rule.slug(), exclusions)),
							Stream.of(ResultPages.this.plans.whileWaiting(exclusions)))
					.flatMap(Optional::stream)
					.forEach((plan) -> today.put(plan.path(), piece("today-plan", Map.of("plan", plan))));
			}
			return today;
		}

		private Map<String, String> readCarefully(Checklist.Snapshot snapshot) {
			Map<String, String> lines = new HashMap<>();
			for (QuestionGroup group : snapshot.questions()) {
				if (group.gate() != null) {
					lines.put(group.slug(), piece("read-carefully", Map.of("group", group)));
				}
			}
			return lines;
		}

		/** Every answer as a hidden field, for the form to add an unreadable age. */
		private Map<String, String> hiddenAnswers(Checklist.Snapshot snapshot) {
			Map<String, String> hiddenAnswers = new HashMap<>();
			for (QuestionGroup group : snapshot.questions()) {
				List<Question> questions = group.questions();
				if (group.gate() != null) {
					questions = Stream.concat(Stream.of(group.gate().asChoice()), questions.stream()).toList();
				}
				for (Question question : questions) {
					switch (question.type()) {
						case CHECK -> hiddenAnswers.put(question.code(),
								piece("hidden-answer", Map.of("name", AnswerForm.ANSWER, "code", question.code())));
						case CHOICE -> question.options()
							.forEach((option) -> hiddenAnswers.put(option.code(),
									piece("hidden-answer", Map.of("name", question.code(), "code", option.code()))));
						case NUMBER -> {
						}
					}
				}
			}
			return hiddenAnswers;
		}

		private Map<Integer, String> ages() {
			Map<Integer, String> ages = new HashMap<>();
			for (int age = 0; age <= AnswerForm.MAX_AGE; age++) {
				ages.put(age, piece("age", Map.of("age", age)));
			}
			return ages;
		}

		/**
		 * Each question group's legend and answer codes in form order, and each answer's
		 * words into {@code lines}, by answer code.
		 */
		private List<ResultPieces.Group> groups(Checklist.Snapshot snapshot, Map<String, String> lines) {
			return snapshot.questions().stream().map((group) -> {
				if (group.gate() != null) {
					QuestionGroup.Gate gate = group.gate();
					QuestionGroup.Gate.ANSWERS.forEach((answer) -> lines.put(gate.answerCode(answer),
							piece("gate-answer", Map.of("gate", gate, "answer", answer))));
				}
				for (Question question : group.questions()) {
					switch (question.type()) {
						case CHECK -> lines.put(question.code(), piece("answer", Map.of("answer", question.label())));
						case CHOICE -> question.options()
							.forEach((option) -> lines.put(option.code(),
									piece("answer", Map.of("answer", question.label() + " " + option.label()))));
						case NUMBER -> {
						}
					}
				}
				return new ResultPieces.Group(group.legend(), group.givenCodes());
			}).toList();
		}

		private String piece(String fragment, Map<String, Object> variables) {
			return fragment(TEMPLATE, fragment, variables);
		}

		private String fragment(String template, String fragment, Map<String, Object> variables) {
			return this.fragments.render(template, Set.of(fragment), variables).strip();
		}

		private static <T> Map<String, String> bySlug(Collection<T> items, Function<T, String> slug,
				Function<T, String> render) {
			Map<String, String> pieces = new HashMap<>();
			items.forEach((item) -> pieces.put(slug.apply(item), render.apply(item)));
			return pieces;
		}

	}

}
