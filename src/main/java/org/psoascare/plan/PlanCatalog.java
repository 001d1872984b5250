package org.psoascare.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentKinds;
import org.psoascare.content.ContentReadEvent;
import org.psoascare.content.Markdown;
import org.psoascare.guide.GuideDocument;
import org.psoascare.plan.PlanDocument.Practice;
import org.psoascare.plan.PlanDocument.StepChange;
import org.psoascare.plan.PlanDocument.Week;
import org.psoascare.plan.PlanViews.LeftOut;
import org.psoascare.plan.PlanViews.PlanOffer;
import org.psoascare.plan.PlanViews.PlanPage;
import org.psoascare.plan.PlanViews.PlanSummary;
import org.psoascare.plan.PlanViews.PracticeView;
import org.psoascare.plan.PlanViews.ReadingView;
import org.psoascare.plan.PlanViews.StepView;
import org.psoascare.plan.PlanViews.WeekView;
import org.psoascare.stretch.RoutineDocument;
import org.psoascare.stretch.RoutineStep;
import org.psoascare.stretch.StretchDocument;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recovery plans for the pages, the API, search and other features. The one public door
 * to plans: the checklist result asks {@link #forResult} (or {@link #forPattern}) which
 * plan to offer.
 * <p>
 * A plan's weeks are shaped here, from memory: once a load commits, the plans, routines,
 * stretches and guides it read are kept (as the checklist keeps its rules), because the
 * shaping needs what the store does not keep (each stretch's movements, which the
 * exclusions rule out). The list of plans is read from the store.
 */
@Service
public class PlanCatalog {

	private static final String SOON = "soon";

	private static final String SELF_CARE = "self-care";

	private final PlanRepository plans;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of());

	PlanCatalog(PlanRepository plans) {
		this.plans = plans;
	}

	/**
	 * Keeps the documents of a load that committed (or of one run without a transaction,
	 * as some tests do).
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onContentRead(ContentReadEvent event) {
		ContentIndex index = event.documents();
		this.snapshot = new Snapshot(bySlug(index.all(PlanContent.PLANS, PlanDocument.class)),
				bySlug(index.all(ContentKinds.ROUTINES, RoutineDocument.class)),
				bySlug(index.all(ContentKinds.STRETCHES, StretchDocument.class)),
				bySlug(index.all(ContentKinds.GUIDES, GuideDocument.class)));
	}

	private static <D extends org.psoascare.content.ContentDocument> Map<String, D> bySlug(List<D> documents) {
		return documents.stream()
			.sorted(Comparator.comparing(D::slug))
			.collect(Collectors.toMap(D::slug, (d) -> d, (a, b) -> a, LinkedHashMap::new));
	}

	/** Every plan's summary, by title, from the store. */
	@Transactional(readOnly = true)
	public List<PlanSummary> plans() {
		return this.plans.findAllByOrderByTitle()
			.stream()
			.map((plan) -> new PlanSummary(plan.getSlug(), plan.getTitle(), plan.getSummary(), plan.getLevel(),
					plan.getPattern(), plan.getForWhom(), plan.getWeeks().size()))
			.toList();
	}

	/**
	 * One plan's page at one week, without the stretches the exclusions rule out; empty
	 * for an unknown slug.
	 * @param week from 1
	 * @throws IllegalArgumentException when the plan has no such week
	 */
	public Optional<PlanPage> page(String slug, int week, Set<Exclusion> exclusions) {
		Snapshot current = this.snapshot;
		return Optional.ofNullable(current.plans().get(slug)).map((plan) -> {
			if (week < 1 || week > plan.weeks().size()) {
				throw new IllegalArgumentException("no week " + week);
			}
			List<Exclusion> ordered = ordered(exclusions);
			Map<String, LeftOut> leftOut = new LinkedHashMap<>();
			List<WeekView> weeks = plan.weeks().stream().map((w) -> current.week(w, exclusions)).toList();
			weeks.forEach((w) -> w.practice()
				.forEach((p) -> p.leftOut().forEach((l) -> leftOut.putIfAbsent(l.stretchSlug(), l))));
			return new PlanPage(summary(plan), plan.introduction(), plan.badDay(), plan.sources(), ordered,
					plan.weeks().stream().map(Week::title).toList(), weeks.get(week - 1),
					List.copyOf(leftOut.values()));
		});
	}

	/** Every week of a plan, shaped by the exclusions; empty for an unknown slug. */
	public Optional<List<WeekView>> weeks(String slug, Set<Exclusion> exclusions) {
		Snapshot current = this.snapshot;
		return Optional.ofNullable(current.plans().get(slug))
			.map((plan) -> plan.weeks().stream().map((w) -> current.week(w, exclusions)).toList());
	}

	/** The plan's summary from memory, for features that read it with its weeks. */
	public Optional<PlanSummary> summary(String slug) {
		return Optional.ofNullable(this.snapshot.plans().get(slug)).map(PlanCatalog::summary);
	}

	/**
	 * The plan that fits a checklist self-care pattern, shaped by the exclusions.
	 * @param patternRuleSlug the slug of the checklist's pattern rule, e.g.
	 * {@code pattern-sciatica-type-pain}
	 * @return empty when no self-care plan is written for that pattern
	 */
	public Optional<PlanOffer> forPattern(String patternRuleSlug, Set<Exclusion> exclusions) {
		return this.snapshot.plans()
			.values()
			.stream()
			.filter((plan) -> plan.level() == PlanLevel.SELF_CARE && patternRuleSlug.equals(plan.pattern()))
			.findFirst()
			.map((plan) -> offer(plan, exclusions));
	}

	/** The gentle plan for someone waiting to be seen (care level soon). */
	public Optional<PlanOffer> whileWaiting(Set<Exclusion> exclusions) {
		return this.snapshot.plans()
			.values()
			.stream()
			.filter((plan) -> plan.level() == PlanLevel.SOON)
			.findFirst()
			.map((plan) -> offer(plan, exclusions));
	}

	/**
	 * The plan a checklist result offers, if any. Clinical safety v3: a plan is a
	 * self-care tool, never triage; it is offered only at self-care or soon, never under
	 * 16, and never with a stretch the exclusions rule out.
	 * @param careLevel the result's highest level as its code: {@code emergency},
	 * {@code urgent}, {@code soon} or {@code self-care}
	 * @param patternRuleSlugs the self-care pattern rules that fired, most relevant first
	 * @param under16 whether the person is under 16 (NICE NG59 covers 16 and over)
	 * @return at soon, the "while you wait" plan; at self-care, the plan of the first
	 * pattern that has one; otherwise empty
	 */
	public Optional<PlanOffer> forResult(String careLevel, Collection<String> patternRuleSlugs,
			Set<Exclusion> exclusions, boolean under16) {
		if (under16) {
			return Optional.empty();
		}
		if (SOON.equals(careLevel)) {
			return whileWaiting(exclusions);
		}
		if (!SELF_CARE.equals(careLevel)) {
			return Optional.empty();
		}
		return patternRuleSlugs.stream()
			.map((slug) -> forPattern(slug, exclusions))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/**
	 * A plan's address: {@code /plans/{slug}}, then {@code week=N} unless it is week 1,
	 * then {@code without=} the exclusions' codes in their declared order, joined by
	 * commas.
	 */
	public static String path(String slug, int week, Set<Exclusion> exclusions) {
		List<String> query = new ArrayList<>();
		if (week > 1) {
			query.add("week=" + week);
		}
		if (!exclusions.isEmpty()) {
			query.add("without=" + ordered(exclusions).stream().map(Exclusion::code).collect(Collectors.joining(",")));
		}
		return "/plans/" + slug + (query.isEmpty() ? "" : "?" + String.join("&", query));
	}

	private static List<Exclusion> ordered(Set<Exclusion> exclusions) {
		return exclusions.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(exclusions));
	}

	private static PlanOffer offer(PlanDocument plan, Set<Exclusion> exclusions) {
		Set<Exclusion> set = exclusions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exclusions));
		return new PlanOffer(plan.slug(), plan.title(), plan.summary(), set, path(plan.slug(), 1, exclusions));
	}

	private static PlanSummary summary(PlanDocument plan) {
		return new PlanSummary(plan.slug(), plan.title(), plan.summary(), plan.level(), plan.pattern(), plan.forWhom(),
				plan.weeks().size());
	}

	/** The documents of the last load that committed, by slug. */
	private record Snapshot(Map<String, PlanDocument> plans, Map<String, RoutineDocument> routines,
			Map<String, StretchDocument> stretches, Map<String, GuideDocument> guides) {

		WeekView week(Week week, Set<Exclusion> exclusions) {
			List<PracticeView> practice = new ArrayList<>();
			for (Practice item : week.practice()) {
				PracticeView view = item.isRoutine() ? routine(item, exclusions) : stretch(item, exclusions);
				if (!view.steps().isEmpty()) {
					practice.add(view);
				}
				else if (!view.leftOut().isEmpty()) {
					// every stretch of it is ruled out: keep the item only to say what
					// was left out
					practice.add(view);
				}
			}
			GuideDocument guide = this.guides.get(week.read().guide());
			String sectionTitle = (week.read().section() == null) ? null
					: guide.body()
						.contents()
						.stream()
						.filter((s) -> s.anchor().equals(week.read().section()))
						.map(Markdown.Section::title)
						.findFirst()
						.orElse(null);
			return new WeekView(week.number(), week.title(), practice, week.activity(),
					new ReadingView(guide.slug(), guide.title(), week.read().section(), sectionTitle), week.readyWhen(),
					week.watchFor(), week.easierBecause());
		}

		private PracticeView routine(Practice item, Set<Exclusion> exclusions) {
			RoutineDocument routine = this.routines.get(item.routine());
			List<StepView> steps = new ArrayList<>();
			Map<String, LeftOut> leftOut = new LinkedHashMap<>();
			for (RoutineStep step : routine.steps()) {
				StretchDocument stretch = this.stretches.get(step.stretchSlug());
				Optional<Exclusion> because = because(stretch, exclusions);
				if (because.isPresent()) {
					leftOut.putIfAbsent(stretch.slug(), new LeftOut(stretch.slug(), stretch.name(), because.get()));
					continue;
				}
				StepChange change = PlanWeeks.change(item, step.stretchSlug());
				int hold = PlanWeeks.first(change.holdSeconds(), step.holdSeconds(), stretch.seconds());
				int reps = PlanWeeks.first(change.reps(), step.reps(), stretch.reps());
				boolean changed = change.holdSeconds() != null || change.reps() != null;
				steps.add(new StepView(stretch.slug(), stretch.name(), stretch.illustrationAlt(), hold, stretch.holds(),
						reps, stretch.sides(), changed));
			}
			return new PracticeView(routine.slug(), routine.title(), item.howOften(), steps,
					List.copyOf(leftOut.values()));
		}

		private PracticeView stretch(Practice item, Set<Exclusion> exclusions) {
			StretchDocument stretch = this.stretches.get(item.stretch());
			Optional<Exclusion> because = because(stretch, exclusions);
			if (because.isPresent()) {
				return new PracticeView(null, stretch.name(), item.howOften(), List.of(),
						List.of(new LeftOut(stretch.slug(), stretch.name(), because.get())));
			}
			int hold = PlanWeeks.first(item.holdSeconds(), null, stretch.seconds());
			int reps = PlanWeeks.first(item.reps(), null, stretch.reps());
			return new PracticeView(
					null, stretch.name(), item.howOften(), List.of(new StepView(stretch.slug(), stretch.name(),
							stretch.illustrationAlt(), hold, stretch.holds(), reps, stretch.sides(), false)),
					List.of());
		}

		private static Optional<Exclusion> because(StretchDocument stretch, Set<Exclusion> exclusions) {
			return exclusions.stream()
				.sorted()
				.filter((exclusion) -> Exclusion.rulesOut(Set.of(exclusion), stretch.movements()))
				.findFirst();
		}

	}

}
