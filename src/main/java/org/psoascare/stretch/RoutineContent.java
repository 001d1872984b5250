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
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.ContentYaml;
import org.psoascare.content.NoRepeats;
import org.psoascare.content.Slug;
import org.psoascare.content.SyncCounts;
import org.psoascare.guide.GuideContent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Routines: YAML files in {@code content/routines/}, each step naming a stretch. */
@Component
@Order(3)
public class RoutineContent implements ContentType<RoutineDocument> {

	public static final String FOLDER = "routines";

	private final RoutineRepository routines;

	RoutineContent(RoutineRepository routines) {
		this.routines = routines;
	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public String extension() {
		return "yaml";
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

	@Override
	public RoutineDocument parse(ContentFile file) {
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

	@Override
	public void checkReferences(RoutineDocument routine, ContentIndex index) {
		List<RoutineStep> steps = routine.steps();
		for (int i = 0; i < steps.size(); i++) {
			RoutineStep step = steps.get(i);
			String field = "steps[" + (i + 1) + "]";
			index.requireAll(routine, field + ".stretch", StretchContent.FOLDER, List.of(step.stretchSlug()));
			StretchDocument stretch = index.find(StretchContent.FOLDER, step.stretchSlug(), StretchDocument.class)
				.orElseThrow();
			if (!stretch.holds() && step.holdSeconds() != null) {
				throw routine.source()
					.error(field + ".holdSeconds", "'" + step.stretchSlug()
							+ "' is not held (it moves in and out); leave holdSeconds out to use its own rep time");
			}
		}
		index.requireAll(routine, "guides", GuideContent.FOLDER, routine.guides());
	}

	@Override
	public SyncCounts store(List<RoutineDocument> documents) {
		return ContentSync.sync(documents, this.routines, Routine::new, Routine::copy);
	}

}
