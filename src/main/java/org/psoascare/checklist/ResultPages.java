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
import org.psoascare.checklist.ResultPieces.Section;
import org.psoascare.checklist.ResultPieces.Slot;
import org.psoascare.plan.Exclusion;
import org.psoascare.plan.PlanCatalog;
import org.psoascare.plan.PlanViews.PlanOffer;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.web.FragmentRenderer;
import org.thymeleaf.ITemplateEngine;

import org.springframework.stereotype.Component;

/**
 * Builds checklist result pages by joining pieces rendered once per content load
 * ({@link ResultPieces}): the page around the result, each level's card, each rule's
 * reason and action, each pattern, each routine, stretch and guide, each answer's words.
 * Every piece, markup and escaping alike, comes from a fragment of
 * {@code templates/checklist/result.html} (or {@code fragments/cards.html}), rendered
 * with Thymeleaf in the first request after a load, in that request's context; answering
 * the checklist then costs joining strings, not template processing. No piece holds
 * anything a person answered.
 */
@Component
class ResultPages {

	private static final String TEMPLATE = "checklist/result";

	private static final String CARDS = "fragments/cards";

	private static final String SLOT = "<!--slot-->";

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

	/** Renders pieces with Thymeleaf in the current request's context. */
	private final class Renderer {

		private final FragmentRenderer fragments;

		Renderer(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
			this.fragments = new FragmentRenderer(ResultPages.this.templates, model, request, response);
		}

		ResultPieces pieces(Checklist.Snapshot snapshot) {
			return new ResultPieces(snapshot, levels(), cards(snapshot), reading(snapshot), advice(snapshot),
					given(snapshot));
		}

		private Map<CareLevel, ResultPieces.Level> levels() {
			Map<CareLevel, ResultPieces.Level> levels = new EnumMap<>(CareLevel.class);
			for (CareLevel level : CareLevel.values()) {
				levels.put(level, new ResultPieces.Level(split(render(TEMPLATE, Set.of(), Map.of("level", level))),
						slot("result", Map.of("level", level)), slot("card", Map.of("level", level, "primary", true)),
						slot("card", Map.of("level", level, "primary", false)),
						(level != CareLevel.EMERGENCY) ? piece("safety-net", Map.of("level", level)) : ""));
			}
			return levels;
		}

		private ResultPieces.Cards cards(Checklist.Snapshot snapshot) {
			List<TriageRule> rules = snapshot.triage().rules();
			Map<String, String> actions = bySlug(rules, TriageRule::slug,
					(rule) -> piece("action", Map.of("rule", rule)));
			Map<String, String> staffWords = new HashMap<>();
			rules.stream()
				.filter((rule) -> rule.level() == CareLevel.EMERGENCY)
				.flatMap((rule) -> Stream.of(rule.tellStaff(), rule.worry()))
				.filter((words) -> !words.isBlank())
				.forEach((words) -> staffWords.put(words,
						render(TEMPLATE, Set.of("staff-words"), Map.of("words", words))));
			return new ResultPieces.Cards(new Section<>(slot("what-to-do", Map.of()), actions),
					new Section<>(slot("emergency-what-to-do", Map.of()), actions), slot("tell-staff", Map.of()),
					staffWords,
					new Section<>(slot("why", Map.of()),
							bySlug(rules, TriageRule::slug, (rule) -> piece("reason", Map.of("rule", rule)))),
					new Section<>(slot("today", Map.of()), today(snapshot)));
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

		private ResultPieces.Reading reading(Checklist.Snapshot snapshot) {
			Map<AnswerForm.Problem, String> problemLines = new EnumMap<>(AnswerForm.Problem.class);
			for (AnswerForm.Problem problem : AnswerForm.Problem.values()) {
				problemLines.put(problem, piece("problem", Map.of("problem", problem.code())));
			}
			Map<String, String> hiddenAnswers = new HashMap<>();
			Map<String, String> carefulLines = new HashMap<>();
			for (QuestionGroup group : snapshot.questions()) {
				List<Question> questions = group.questions();
				if (group.gate() != null) {
					carefulLines.put(group.slug(), piece("read-carefully", Map.of("group", group)));
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
			return new ResultPieces.Reading(piece("nothing-given", Map.of()),
					new Section<>(slot("read-carefully-list", Map.of()), carefulLines),
					new Section<>(slot("problems", Map.of()), problemLines),
					new Section<>(slot("age-fix", Map.of()), hiddenAnswers));
		}

		private ResultPieces.Advice advice(Checklist.Snapshot snapshot) {
			List<TriageRule> patterns = snapshot.triage()
				.rules()
				.stream()
				.filter((rule) -> !rule.pattern().isBlank())
				.toList();
			Slot cardList = slot("card-list", Map.of());
			return new ResultPieces.Advice(
					new Section<>(slot("patterns", Map.of()),
							bySlug(patterns, TriageRule::slug, (rule) -> piece("pattern", Map.of("rule", rule)))),
					slot("recommends", Map.of()),
					new Section<>(cardList,
							bySlug(snapshot.routines().values(), (routine) -> routine.slug(),
									(routine) -> fragment(CARDS, "routine", Map.of("routine", routine)))),
					new Section<>(cardList,
							bySlug(snapshot.stretches().values(), (stretch) -> stretch.slug(),
									(stretch) -> fragment(CARDS, "stretch", Map.of("stretch", stretch)))),
					new Section<>(slot("read-more", Map.of()),
							bySlug(snapshot.guides().values(), (guide) -> guide.slug(),
									(guide) -> piece("guide-link", Map.of("guide", guide)))),
					new Section<>(slot("avoid", Map.of()),
							bySlug(snapshot.stretches().values(), (stretch) -> stretch.slug(),
									(stretch) -> piece("avoid-link", Map.of("stretch", stretch)))));
		}

		private ResultPieces.Given given(Checklist.Snapshot snapshot) {
			Map<Integer, String> ages = new HashMap<>();
			for (int age = 0; age <= AnswerForm.MAX_AGE; age++) {
				ages.put(age, piece("age", Map.of("age", age)));
			}
			Map<String, String> lines = new HashMap<>();
			List<ResultPieces.Given.Group> groups = snapshot.questions().stream().map((group) -> {
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
				return new ResultPieces.Given.Group(slot("answer-group", Map.of("group", group)), group.givenCodes());
			}).toList();
			return new ResultPieces.Given(slot("answers", Map.of()), slot("answers-on-paper", Map.of()), ages, groups,
					lines, piece("no-answers", Map.of()));
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
			return this.fragments.render(template, selectors, variables);
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
