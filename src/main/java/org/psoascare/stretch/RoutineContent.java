package org.psoascare.stretch;

import java.util.List;

import org.psoascare.content.ContentFields;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.ContentYaml;
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

	@Override
	public RoutineDocument parse(ContentFile file) {
		ContentFields fields = ContentYaml.read(file, file.text());
		RoutineDocument routine = new RoutineDocument(file, fields.requireSlug("slug"), fields.requireText("title"),
				fields.requireText("summary"), fields.requireText("forWhom"), fields.requireText("howOften"),
				fields.requireText("introduction"), fields.requireTextList("cautions"),
				fields.blockList("steps", RoutineContent::step), fields.slugList("guides"));
		if (routine.steps().isEmpty()) {
			throw fields.error("steps", "needs at least one step");
		}
		fields.finish();
		Cautions.checkStrongestFirst(fields, routine.cautions());
		return routine;
	}

	private static RoutineStep step(ContentFields step) {
		String stretch = step.requireSlug("stretch");
		Integer hold = step.optionalPositive("holdSeconds");
		Integer reps = step.optionalPositive("reps");
		Integer rest = step.optionalWholeNumber("restSeconds");
		return new RoutineStep(stretch, hold, reps, (rest == null) ? 0 : rest);
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
