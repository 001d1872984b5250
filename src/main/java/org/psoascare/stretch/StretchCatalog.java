package org.psoascare.stretch;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.psoascare.content.ContentLoadedEvent;
import org.psoascare.guide.GuideCatalog;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads stretches and routines from the store as view records. */
@Service
@Transactional(readOnly = true)
public class StretchCatalog {

	private final StretchRepository stretches;

	private final RoutineRepository routines;

	private final GuideCatalog guides;

	StretchCatalog(StretchRepository stretches, RoutineRepository routines, GuideCatalog guides) {
		this.stretches = stretches;
		this.routines = routines;
		this.guides = guides;
	}

	/** Every stretch's card, read once per content load: filtering needs no query. */
	private volatile List<StretchCard> all = List.of();

	/**
	 * First of all listeners: search, the checklist and others read this list when
	 * content loads.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void onContentLoaded(ContentLoadedEvent event) {
		this.all = this.stretches.findAllByOrderByName().stream().map(StretchCard::of).toList();
	}

	/**
	 * The stretches that match the filter, from memory (the content loaded at start-up).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<StretchCard> list(StretchFilter filter) {
		return this.all.stream().filter(filter::matches).toList();
	}

	/** Cards of the named stretches, in the order named; unknown slugs are skipped. */
	public List<StretchCard> cards(Collection<String> slugs) {
		Map<String, Stretch> found = bySlug(slugs);
		return slugs.stream().filter(found::containsKey).map((slug) -> StretchCard.of(found.get(slug))).toList();
	}

	public Optional<StretchPage> page(String slug) {
		return this.stretches.findBySlug(slug)
			.map((stretch) -> new StretchPage(StretchCard.of(stretch), stretch.getWhy(), stretch.getSteps(),
					stretch.getHoldSeconds(), stretch.isHolds(), stretch.getReps(), stretch.getSides(),
					stretch.getBreathing(), stretch.getCautions(), stretch.getEasier(), stretch.getHarder(),
					this.guides.summaries(stretch.getGuides()), routinesUsing(slug)));
	}

	/**
	 * Every routine's summary, by title. Two queries whatever the number of routines: the
	 * routines with their steps, then every stretch they name.
	 */
	public List<RoutineSummary> routines() {
		return summaries(this.routines.findAllByOrderByTitle());
	}

	/** Summaries of the named routines, in the order named; unknown slugs are skipped. */
	public List<RoutineSummary> routines(Collection<String> slugs) {
		List<String> order = List.copyOf(slugs);
		return routines().stream()
			.filter((routine) -> order.contains(routine.slug()))
			.sorted(Comparator.comparingInt((RoutineSummary routine) -> order.indexOf(routine.slug())))
			.toList();
	}

	public Optional<RoutinePage> routine(String slug) {
		return this.routines.findBySlug(slug).map((routine) -> {
			List<RoutineStepView> steps = steps(routine, true);
			return new RoutinePage(summary(routine, steps), routine.getIntroduction(), routine.getCautions(), steps,
					this.guides.summaries(routine.getGuides()), routine.getEquipment(),
					Positions.changes(steps.stream().map(RoutineStepView::position).toList()));
		});
	}

	private List<RoutineSummary> routinesUsing(String stretchSlug) {
		return summaries(this.routines.findAllByOrderByTitle()
			.stream()
			.filter((routine) -> routine.getSteps().stream().anyMatch((step) -> step.stretchSlug().equals(stretchSlug)))
			.toList());
	}

	/**
	 * Summaries of routines read with their steps, with one query for all their
	 * stretches.
	 */
	private List<RoutineSummary> summaries(List<Routine> routines) {
		Map<String, Stretch> stretches = bySlug(routines.stream()
			.flatMap((routine) -> routine.getSteps().stream())
			.map(RoutineStep::stretchSlug)
			.collect(Collectors.toSet()));
		return routines.stream().map((routine) -> summary(routine, steps(routine, stretches, false))).toList();
	}

	private static RoutineSummary summary(Routine routine, List<RoutineStepView> steps) {
		int total = steps.stream().mapToInt(RoutineStepView::totalSeconds).sum();
		return new RoutineSummary(routine.getSlug(), routine.getTitle(), routine.getSummary(), routine.getForWhom(),
				routine.getHowOften(), total, steps.stream().map(RoutineStepView::stretchSlug).distinct().toList());
	}

	/**
	 * A routine's whole length in seconds, from its steps and their stretches by slug:
	 * the same sum its pages show. The loader uses it, before anything is stored, to
	 * check the lengths a routine's words give.
	 */
	static int totalSeconds(Routine routine, Map<String, Stretch> stretches) {
		return steps(routine, stretches, false).stream().mapToInt(RoutineStepView::totalSeconds).sum();
	}

	/**
	 * The steps of a routine with each stretch's values filled in; with {@code details},
	 * also each stretch's numbered steps and cautions for the printed sheet (two more
	 * collections per stretch, so only the routine's own page asks for them).
	 */
	private List<RoutineStepView> steps(Routine routine, boolean details) {
		return steps(routine, bySlug(routine.getSteps().stream().map(RoutineStep::stretchSlug).toList()), details);
	}

	/**
	 * The same, with the routine's stretches already read, by slug. Here, and only here,
	 * the routine's pauses are placed: a lead-in before the first step and before each
	 * step in a new position (it takes the place of the rest before it, and is at least
	 * as long), the change of sides, the pauses between holds, and the rests.
	 */
	private static List<RoutineStepView> steps(Routine routine, Map<String, Stretch> stretches, boolean details) {
		List<RoutineStep> steps = routine.getSteps();
		return IntStream.range(0, steps.size()).mapToObj((i) -> {
			RoutineStep step = steps.get(i);
			Stretch stretch = stretches.get(step.stretchSlug());
			boolean last = i == steps.size() - 1;
			boolean newPosition = i == 0
					|| stretches.get(steps.get(i - 1).stretchSlug()).getPosition() != stretch.getPosition();
			boolean nextMoves = !last
					&& stretches.get(steps.get(i + 1).stretchSlug()).getPosition() != stretch.getPosition();
			int leadIn = !newPosition ? 0 : (i == 0) ? routine.getLeadInSeconds()
					: Math.max(routine.getLeadInSeconds(), steps.get(i - 1).restSeconds());
			return new RoutineStepView(i + 1, stretch.getSlug(), stretch.getName(), stretch.getIllustrationAlt(),
					(step.holdSeconds() != null) ? step.holdSeconds() : stretch.getHoldSeconds(), stretch.isHolds(),
					(step.reps() != null) ? step.reps() : stretch.getReps(), stretch.getSides(), stretch.getPosition(),
					leadIn, (stretch.getSides() == Sides.EACH) ? routine.getChangeSidesSeconds() : 0,
					stretch.isHolds() ? routine.getRepPauseSeconds() : 0, (last || nextMoves) ? 0 : step.restSeconds(),
					stretch.getCue(), details ? stretch.getSteps() : List.of(),
					details ? stretch.getCautions() : List.of());
		}).toList();
	}

	private Map<String, Stretch> bySlug(Collection<String> slugs) {
		return this.stretches.findBySlugIn(slugs)
			.stream()
			.collect(Collectors.toMap(Stretch::getSlug, Function.identity()));
	}

}
