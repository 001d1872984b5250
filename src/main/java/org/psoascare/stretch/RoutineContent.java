package org.psoascare.stretch;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentKinds;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.ContentYaml;
import org.psoascare.content.NoRepeats;
import org.psoascare.content.Slug;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Routines: YAML files in {@code content/routines/}, each step naming a stretch. */
@Configuration(proxyBeanMethods = false)
public class RoutineContent {

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
			@NotBlank String howOften, @NotBlank String introduction, @NotEmpty List<@NotBlank String> cautions,
			@NotEmpty(message = "needs at least one step") List<@NotNull @Valid Step> steps,
			@NoRepeats List<@Slug String> guides) {
	}

	/** One step of a routine file; hold and reps are the stretch's own when left out. */
	record Step(@Slug String stretch, @Positive Integer holdSeconds, @Positive Integer reps,
			@PositiveOrZero Integer restSeconds) {
	}

	private static RoutineDocument parse(ContentFile file) {
		Fields fields = ContentYaml.read(file, Fields.class);
		Cautions.checkStrongestFirst(file, fields.cautions());
		List<RoutineStep> steps = fields.steps()
			.stream()
			.map((step) -> new RoutineStep(step.stretch(), step.holdSeconds(), step.reps(),
					(step.restSeconds() == null) ? 0 : step.restSeconds()))
			.toList();
		return new RoutineDocument(file, fields.slug(), fields.title(), fields.summary(), fields.forWhom(),
				fields.howOften(), fields.introduction(), fields.cautions(), steps, fields.guides());
	}

	private static void checkReferences(RoutineDocument routine, ContentIndex index) {
		List<RoutineStep> steps = routine.steps();
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
		}
		index.requireAll(routine, "guides", ContentKinds.GUIDES, routine.guides());
	}

}
