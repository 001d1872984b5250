package org.psoascare.stretch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.psoascare.content.Coded;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentKinds;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.ContentYaml;
import org.psoascare.content.NoRepeats;
import org.psoascare.content.Slug;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routines: YAML files in {@code content/routines/}, each step naming a stretch. Time to
 * move between holds is part of a routine's content; each pause has a default, written
 * down in {@code docs/content-authoring.md}, and a range the loader checks.
 */
@Configuration(proxyBeanMethods = false)
class RoutineContent {

	private static final Logger logger = LoggerFactory.getLogger(RoutineContent.class);

	/**
	 * Seconds to get into position before the first hold, or before a step in a new
	 * position: enough to put the phone down and get down to the floor slowly.
	 */
	public static final Pause LEAD_IN = new Pause("leadInSeconds", 20, 10, 120);

	/** Seconds to roll over or swap legs between the right side and the left. */
	public static final Pause CHANGE_SIDES = new Pause("changeSidesSeconds", 8, 5, 60);

	/** Seconds to let go and breathe between two holds of one side. */
	public static final Pause REP_PAUSE = new Pause("repPauseSeconds", 3, 2, 30);

	/** Seconds of rest after a step, when the step gives none. */
	public static final Pause REST = new Pause("restSeconds", 10, 0, 300);

	/**
	 * A pause a routine file may set.
	 *
	 * @param field its name in the file
	 * @param seconds the default, when the file leaves it out
	 * @param min the fewest seconds allowed
	 * @param max the most seconds allowed
	 */
	public record Pause(String field, int seconds, int min, int max) {

		int of(ContentFile file, String field, Integer given) {
			if (given == null) {
				return this.seconds;
			}
			if (given < this.min || given > this.max) {
				throw file.error(field, "must be between " + this.min + " and " + this.max + " seconds (the default is "
						+ this.seconds + "; see docs/content-authoring.md)");
			}
			return given;
		}

	}

	/**
	 * A length in minutes written in words: "12 minutes", "a 5-minute set",
	 * "five-minute", "ten mins". Group 1 is the number, in digits or as a word.
	 */
	private static final Pattern MINUTES = Pattern
		.compile("\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
				+ "|sixteen|seventeen|eighteen|nineteen|twenty|twenty-five|thirty|forty|forty-five|fifty|sixty)"
				+ "[\\s\\u00a0-]*(?:minutes?|mins?)\\b", Pattern.CASE_INSENSITIVE);

	private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
			"seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
			"seventeen", "eighteen", "nineteen", "twenty");

	private static final Map<String, Integer> TENS = Map.of("twenty-five", 25, "thirty", 30, "forty", 40, "forty-five",
			45, "fifty", 50, "sixty", 60);

	/**
	 * How far, in seconds, a length a routine's words give may be from its steps' total
	 * before the loader refuses it.
	 */
	static final int STATED_LENGTH_TOLERANCE = 60;

	private final RoutineRepository routines;

	RoutineContent(RoutineRepository routines) {
		this.routines = routines;
	}

	@Bean
	ContentType<RoutineDocument> routineType() {
		return ContentType
			.of(ContentKinds.ROUTINES, "yaml", RoutineContent::parse,
					ContentSync.into(this.routines, Routine::new, Routine::copy))
			.withReferences(RoutineContent::checkReferences);
	}

	/** A routine file. */
	record Fields(@Slug String slug, @NotBlank String title, @NotBlank String summary, @NotBlank String forWhom,
			@NotBlank String howOften, @NotBlank String introduction, Integer leadInSeconds, Integer changeSidesSeconds,
			Integer repPauseSeconds, @NotNull @NoRepeats List<@NotNull Equipment> equipment,
			@NotEmpty List<@NotBlank String> cautions,
			@NotEmpty(message = "needs at least one step") List<@NotNull @Valid Step> steps,
			@NoRepeats List<@Slug String> guides) {
	}

	/** One step of a routine file; hold and reps are the stretch's own when left out. */
	record Step(@Slug String stretch, @Positive Integer holdSeconds, @Positive Integer reps, Integer restSeconds) {
	}

	private static List<String> codes(List<? extends Coded> values) {
		return values.stream().map(Coded::code).toList();
	}

	private static RoutineDocument parse(ContentFile file) {
		Fields fields = ContentYaml.read(file, Fields.class);
		Cautions.checkStrongestFirst(file, fields.cautions());
		List<RoutineStep> steps = new ArrayList<>();
		for (int i = 0; i < fields.steps().size(); i++) {
			Step step = fields.steps().get(i);
			steps.add(new RoutineStep(step.stretch(), step.holdSeconds(), step.reps(),
					REST.of(file, "steps[" + (i + 1) + "].restSeconds", step.restSeconds())));
		}
		return new RoutineDocument(file, fields.slug(), fields.title(), fields.summary(), fields.forWhom(),
				fields.howOften(), fields.introduction(), LEAD_IN.of(file, LEAD_IN.field(), fields.leadInSeconds()),
				CHANGE_SIDES.of(file, CHANGE_SIDES.field(), fields.changeSidesSeconds()),
				REP_PAUSE.of(file, REP_PAUSE.field(), fields.repPauseSeconds()), fields.equipment(), fields.cautions(),
				steps, fields.guides());
	}

	/**
	 * Checks each step's stretch: it exists, is held if the step sets a hold, and needs
	 * nothing the routine does not list in {@code equipment}. Logs the number of position
	 * changes the routine asks of a person.
	 */
	private static void checkReferences(RoutineDocument routine, ContentIndex index) {
		List<RoutineStep> steps = routine.steps();
		List<Position> positions = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			RoutineStep step = steps.get(i);
			String field = "steps[" + (i + 1) + "]";
			index.requireAll(routine, field + ".stretch", ContentKinds.STRETCHES, List.of(step.stretchSlug()));
			StretchDocument stretch = index.find(ContentKinds.STRETCHES, step.stretchSlug(), StretchDocument.class)
				.orElseThrow();
			if (!stretch.holds() && step.holdSeconds() != null) {
				throw routine.source()
					.error(field + ".holdSeconds", "'" + step.stretchSlug()
							+ "' is not held (it moves in and out); leave holdSeconds out to use its own rep time");
			}
			for (Equipment needed : stretch.equipment()) {
				if (!routine.equipment().contains(needed)) {
					throw routine.source()
						.error(field + ".stretch", "'" + step.stretchSlug() + "' needs '" + needed.code()
								+ "', which the routine does not list in equipment " + codes(routine.equipment()));
				}
			}
			positions.add(stretch.position());
		}
		checkStatedLength(routine, index);
		if (logger.isInfoEnabled()) {
			logger.info("Routine {}: {} steps, {} position changes ({})", routine.slug(), steps.size(),
					Positions.changes(positions), codes(positions));
		}
		index.requireAll(routine, "guides", ContentKinds.GUIDES, routine.guides());
	}

	/**
	 * Refuses a summary or introduction that gives the routine a length in minutes ("a
	 * five-minute set", "about 12 minutes") more than {@link #STATED_LENGTH_TOLERANCE}
	 * seconds from the total its steps add up to, computed as its pages compute it
	 * ({@link StretchCatalog#totalSeconds}). Call only once every step's stretch is known
	 * to exist.
	 */
	private static void checkStatedLength(RoutineDocument routine, ContentIndex index) {
		Routine entity = new Routine();
		entity.copy(routine);
		Map<String, Stretch> stretches = new HashMap<>();
		for (RoutineStep step : routine.steps()) {
			stretches.computeIfAbsent(step.stretchSlug(), (slug) -> {
				Stretch stretch = new Stretch();
				stretch.copy(index.find(ContentKinds.STRETCHES, slug, StretchDocument.class).orElseThrow());
				return stretch;
			});
		}
		int total = StretchCatalog.totalSeconds(entity, stretches);
		checkStatedLength(routine.source(), "summary", routine.summary(), total);
		checkStatedLength(routine.source(), "introduction", routine.introduction(), total);
	}

	private static void checkStatedLength(ContentFile file, String field, String text, int totalSeconds) {
		Matcher matcher = MINUTES.matcher(text);
		while (matcher.find()) {
			int minutes = minutes(matcher.group(1));
			if (Math.abs(minutes * 60 - totalSeconds) > STATED_LENGTH_TOLERANCE) {
				int totalMinutes = (totalSeconds + 30) / 60;
				throw file.error(field,
						"says '" + matcher.group() + "', but the steps add up to " + totalSeconds + " seconds (about "
								+ totalMinutes + " minutes); leave the length out: the page shows the total"
								+ " from the steps (see docs/content-authoring.md, \"Time to move\")");
			}
		}
	}

	private static int minutes(String number) {
		String word = number.toLowerCase(Locale.ROOT);
		if (Character.isDigit(word.charAt(0))) {
			return Integer.parseInt(word);
		}
		int index = NUMBER_WORDS.indexOf(word);
		return (index >= 0) ? index : TENS.get(word);
	}

}
