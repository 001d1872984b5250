package org.psoascare.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentKinds;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.ContentYaml;
import org.psoascare.content.Slug;
import org.psoascare.guide.GuideDocument;
import org.psoascare.guide.GuideSource;
import org.psoascare.plan.PlanDocument.Practice;
import org.psoascare.plan.PlanDocument.Reading;
import org.psoascare.plan.PlanDocument.StepChange;
import org.psoascare.plan.PlanDocument.Week;
import org.psoascare.stretch.RoutineDocument;
import org.psoascare.stretch.RoutineStep;
import org.psoascare.stretch.StretchDocument;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Recovery plans: YAML files in {@code content/plans/}. Besides binding, the loader keeps
 * these rules (each a {@code ContentException} naming the field):
 * <ul>
 * <li>4 to 6 weeks, numbered 1, 2, 3 ... in order;</li>
 * <li>every routine, stretch, guide, guide section and pattern rule named exists;</li>
 * <li>a week's hold (seconds) and reps for a stretch never go below the last week that
 * used it, unless the week says why ({@code easierBecause}); and at least one week raises
 * one or adds a stretch, so the plan progresses;</li>
 * <li>under every combination of {@link Exclusion}s, every week keeps something to do
 * once the stretches they rule out are left out.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PlanContent {

	/** The folder of plans under the content root. */
	public static final String PLANS = "plans";

	/** A slug where one may be left out (the validator passes a missing value). */
	static final String OPTIONAL_SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	static final String NOT_A_SLUG = "'${validatedValue}' is not a slug (lower-case letters, digits and single hyphens)";

	static final int MIN_WEEKS = 4;

	static final int MAX_WEEKS = 6;

	private final PlanRepository plans;

	PlanContent(PlanRepository plans) {
		this.plans = plans;
	}

	@Bean
	ContentType<PlanDocument> planType() {
		return ContentType.of(PLANS, "yaml", PlanContent::parse, ContentSync.into(this.plans, Plan::new, Plan::copy))
			.withReferences(PlanContent::checkReferences);
	}

	/** A plan file. */
	record Fields(@Slug String slug, @NotBlank String title, @NotBlank String summary, @NotNull PlanLevel level,
			@Pattern(regexp = OPTIONAL_SLUG, message = NOT_A_SLUG) String pattern, @NotBlank String forWhom,
			@NotBlank String introduction, @NotEmpty List<@NotBlank String> badDay,
			@NotNull @Size(min = MIN_WEEKS, max = MAX_WEEKS,
					message = "needs 4 to 6 weeks") List<@NotNull @Valid WeekFields> weeks,
			@NotEmpty List<@NotNull @Valid GuideSource> sources) {
	}

	/** A week of a plan file. */
	record WeekFields(@NotNull @Min(1) @Max(MAX_WEEKS) Integer week, @NotBlank String title,
			@NotEmpty(message = "needs at least one routine or stretch") List<@NotNull @Valid PracticeFields> practice,
			@NotBlank String activity, @NotNull @Valid ReadingFields read, @NotBlank String readyWhen, String watchFor,
			String easierBecause) {
	}

	/** A routine or a stretch in a week. */
	record PracticeFields(@Pattern(regexp = OPTIONAL_SLUG, message = NOT_A_SLUG) String routine,
			@Pattern(regexp = OPTIONAL_SLUG, message = NOT_A_SLUG) String stretch, @NotBlank String howOften,
			@Positive Integer holdSeconds, @Positive Integer reps, List<@NotNull @Valid ChangeFields> changes) {
	}

	/** This week's hold or reps for a step of a routine. */
	record ChangeFields(@Slug String stretch, @Positive Integer holdSeconds, @Positive Integer reps) {
	}

	/** What to read. */
	record ReadingFields(@Slug String guide, @Pattern(regexp = OPTIONAL_SLUG, message = NOT_A_SLUG) String section) {
	}

	static PlanDocument parse(ContentFile file) {
		Fields fields = ContentYaml.read(file, Fields.class);
		List<Week> weeks = new ArrayList<>();
		for (int i = 0; i < fields.weeks().size(); i++) {
			WeekFields week = fields.weeks().get(i);
			String field = "weeks[" + (i + 1) + "]";
			if (week.week() != i + 1) {
				throw file.error(field + ".week", "must be " + (i + 1) + ": weeks are numbered 1, 2, 3 ... in order");
			}
			List<Practice> practice = new ArrayList<>();
			for (int j = 0; j < week.practice().size(); j++) {
				practice.add(practice(file, field + ".practice[" + (j + 1) + "]", week.practice().get(j)));
			}
			weeks.add(new Week(week.week(), week.title(), practice, week.activity(),
					new Reading(week.read().guide(), week.read().section()), week.readyWhen(), blank(week.watchFor()),
					blank(week.easierBecause())));
		}
		if (fields.level() == PlanLevel.SELF_CARE && fields.pattern() == null) {
			throw file.error("pattern", "is required for a self-care plan: name the checklist pattern rule it fits");
		}
		return new PlanDocument(file, fields.slug(), fields.title(), fields.summary(), fields.level(), fields.pattern(),
				fields.forWhom(), fields.introduction(), fields.badDay(), weeks, fields.sources());
	}

	private static Practice practice(ContentFile file, String field, PracticeFields item) {
		if ((item.routine() == null) == (item.stretch() == null)) {
			throw file.error(field, "must name either a routine or a stretch");
		}
		List<ChangeFields> changes = (item.changes() != null) ? item.changes() : List.of();
		if (item.routine() != null && (item.holdSeconds() != null || item.reps() != null)) {
			throw file.error(field,
					"gives holdSeconds or reps for a routine: use changes, naming the stretch they apply to");
		}
		if (item.stretch() != null && !changes.isEmpty()) {
			throw file.error(field + ".changes", "are for a routine's steps; give a stretch its holdSeconds or reps");
		}
		for (int k = 0; k < changes.size(); k++) {
			ChangeFields change = changes.get(k);
			if (change.holdSeconds() == null && change.reps() == null) {
				throw file.error(field + ".changes[" + (k + 1) + "]", "must give holdSeconds, reps or both");
			}
		}
		return new Practice(item.routine(), item.stretch(), item.howOften(), item.holdSeconds(), item.reps(),
				changes.stream().map((c) -> new StepChange(c.stretch(), c.holdSeconds(), c.reps())).toList());
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	static void checkReferences(PlanDocument plan, ContentIndex index) {
		if (plan.pattern() != null) {
			index.requireAll(plan, "pattern", ContentKinds.CHECKLIST_RULES, List.of(plan.pattern()));
		}
		Map<String, Dose> last = new HashMap<>();
		boolean progresses = false;
		for (int i = 0; i < plan.weeks().size(); i++) {
			Week week = plan.weeks().get(i);
			String field = "weeks[" + (i + 1) + "]";
			checkReading(plan, index, field + ".read", week.read());
			Map<String, Dose> doses = doses(plan, index, field, week);
			for (Map.Entry<String, Dose> entry : doses.entrySet()) {
				Dose before = last.get(entry.getKey());
				Dose now = entry.getValue();
				if (before == null) {
					progresses |= i > 0;
				}
				else if (now.holdSeconds() < before.holdSeconds() || now.reps() < before.reps()) {
					if (week.easierBecause() == null) {
						throw plan.source()
							.error(field + ".practice", "'" + entry.getKey() + "' goes down from " + before + " to "
									+ now + "; holds and reps only stay or grow, unless easierBecause says why");
					}
				}
				else if (now.holdSeconds() > before.holdSeconds() || now.reps() > before.reps()) {
					progresses = true;
				}
				last.put(entry.getKey(), now);
			}
			for (Set<Exclusion> exclusions : Exclusion.everyCombination()) {
				if (PlanWeeks.practiceLeft(week, exclusions, (slug) -> stretch(index, slug).movements(),
						(slug) -> routineStretches(index, slug)) == 0) {
					throw plan.source()
						.error(field + ".practice", "leaves nothing to do for someone with " + exclusions
								+ ": add a routine or stretch that none of them rules out");
				}
			}
		}
		if (!progresses) {
			throw plan.source()
				.error("weeks", "never progress: at least one week must raise a hold or reps or add a stretch");
		}
	}

	private static void checkReading(PlanDocument plan, ContentIndex index, String field, Reading read) {
		index.requireAll(plan, field + ".guide", ContentKinds.GUIDES, List.of(read.guide()));
		if (read.section() != null) {
			GuideDocument guide = index.find(ContentKinds.GUIDES, read.guide(), GuideDocument.class).orElseThrow();
			boolean found = guide.body().contents().stream().anyMatch((s) -> s.anchor().equals(read.section()));
			if (!found) {
				throw plan.source()
					.error(field + ".section",
							"'" + read.section() + "' is not a section of the guide '" + read.guide() + "'");
			}
		}
	}

	/**
	 * Each stretch's hold and reps in a week, the largest where a stretch comes more than
	 * once; also checks that what the week names exists and its changes fit.
	 */
	private static Map<String, Dose> doses(PlanDocument plan, ContentIndex index, String field, Week week) {
		Map<String, Dose> doses = new LinkedHashMap<>();
		for (int j = 0; j < week.practice().size(); j++) {
			Practice item = week.practice().get(j);
			String itemField = field + ".practice[" + (j + 1) + "]";
			if (item.isRoutine()) {
				index.requireAll(plan, itemField + ".routine", ContentKinds.ROUTINES, List.of(item.routine()));
				RoutineDocument routine = index.find(ContentKinds.ROUTINES, item.routine(), RoutineDocument.class)
					.orElseThrow();
				for (int k = 0; k < item.changes().size(); k++) {
					StepChange change = item.changes().get(k);
					String changeField = itemField + ".changes[" + (k + 1) + "]";
					if (routine.steps().stream().noneMatch((s) -> s.stretchSlug().equals(change.stretch()))) {
						throw plan.source()
							.error(changeField + ".stretch",
									"'" + change.stretch() + "' is not a step of the routine '" + item.routine() + "'");
					}
					if (change.holdSeconds() != null && !stretch(index, change.stretch()).holds()) {
						throw plan.source()
							.error(changeField + ".holdSeconds", "'" + change.stretch()
									+ "' is not held (it moves in and out); change its reps only");
					}
				}
				for (RoutineStep step : routine.steps()) {
					StretchDocument stretch = stretch(index, step.stretchSlug());
					StepChange change = PlanWeeks.change(item, step.stretchSlug());
					int hold = PlanWeeks.first(change.holdSeconds(), step.holdSeconds(), stretch.seconds());
					int reps = PlanWeeks.first(change.reps(), step.reps(), stretch.reps());
					doses.merge(step.stretchSlug(), new Dose(hold, reps), Dose::max);
				}
			}
			else {
				index.requireAll(plan, itemField + ".stretch", ContentKinds.STRETCHES, List.of(item.stretch()));
				StretchDocument stretch = stretch(index, item.stretch());
				if (item.holdSeconds() != null && !stretch.holds()) {
					throw plan.source()
						.error(itemField + ".holdSeconds",
								"'" + item.stretch() + "' is not held (it moves in and out); give reps only");
				}
				int hold = PlanWeeks.first(item.holdSeconds(), null, stretch.seconds());
				int reps = PlanWeeks.first(item.reps(), null, stretch.reps());
				doses.merge(item.stretch(), new Dose(hold, reps), Dose::max);
			}
		}
		return doses;
	}

	private static StretchDocument stretch(ContentIndex index, String slug) {
		return index.find(ContentKinds.STRETCHES, slug, StretchDocument.class).orElseThrow();
	}

	private static List<String> routineStretches(ContentIndex index, String slug) {
		return index.find(ContentKinds.ROUTINES, slug, RoutineDocument.class)
			.orElseThrow()
			.steps()
			.stream()
			.map(RoutineStep::stretchSlug)
			.toList();
	}

	/** A stretch's hold (seconds) and reps in one week. */
	record Dose(int holdSeconds, int reps) {

		Dose max(Dose other) {
			return new Dose(Math.max(this.holdSeconds, other.holdSeconds), Math.max(this.reps, other.reps));
		}

		@Override
		public String toString() {
			return this.reps + " x " + this.holdSeconds + " s";
		}

	}

}
