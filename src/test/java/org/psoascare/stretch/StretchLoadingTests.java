package org.psoascare.stretch;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascare.content.ContentFixture;
import org.psoascare.content.ContentFixtureSlice;
import org.psoascare.content.ContentLoader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading stretches and routines into a real H2 database with the Flyway schema: valid
 * ones are stored with their steps, pauses and equipment, and every rule a stretch or
 * routine file can break (holds, movements and their cautions, pictures, a routine's
 * stated length) stops the load with a message naming the file and the field.
 */
@ContentFixtureSlice
class StretchLoadingTests {

	@TempDir
	Path root;

	@Autowired
	ContentLoader loader;

	@Autowired
	StretchRepository stretches;

	@Autowired
	RoutineRepository routines;

	ContentFixture content;

	@BeforeEach
	void validContent() {
		this.content = ContentFixture.practice(this.root);
	}

	@Test
	void loadsValidStretchesAndARoutineWithItsSteps() {
		var report = this.loader.load(this.content.source());

		assertThat(report.of("stretches").created()).isEqualTo(2);
		assertThat(report.of("routines").created()).isEqualTo(1);
		assertThat(this.routines.findBySlug("evening").orElseThrow().getSteps()).singleElement()
			.satisfies((step) -> assertThat(step.holdSeconds()).isEqualTo(20));
	}

	@Test
	void misspeltFieldNameInAStepGetsTheNearestFieldOfTheStep() {
		Map<String, String> fields = ContentFixture.routineFields("evening", "knee-hug");
		fields.put("steps", "\n  - stretch: knee-hug\n    holdSecond: 20");
		this.content.routine("evening", fields);
		assertRejected("routines/evening.yaml", "steps[1].holdSecond",
				"is not a known field; did you mean 'holdSeconds'?");
	}

	@Test
	void routineStepWithAnUnknownStretch() {
		this.content.routine("evening", ContentFixture.routineFields("evening", "cartwheel"));
		assertRejected("routines/evening.yaml", "steps[1].stretch", "'cartwheel' is not a known item of stretches");
	}

	@Test
	void routineStepWithANonPositiveHold() {
		Map<String, String> fields = ContentFixture.routineFields("evening", "knee-hug");
		fields.put("steps", "\n  - stretch: knee-hug\n    holdSeconds: 0");
		this.content.routine("evening", fields);
		assertRejected("routines/evening.yaml", "steps[1].holdSeconds", "must be a positive whole number");
	}

	@Test
	void stretchWithNonPositiveReps() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.put("reps", "-2");
		this.content.stretch("knee-hug", fields);
		assertRejected("stretches/knee-hug.yaml", "reps", "must be a positive whole number, not '-2'");
	}

	@Test
	void stretchDeclaringAMovementWithoutItsCaution() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.put("movements", "[deep-spinal-flexion]");
		this.content.stretch("knee-hug", fields);
		assertRejected("stretches/knee-hug.yaml", "cautions",
				"needs a caution that mentions 'osteoporosis', because the stretch declares the movement 'deep-spinal-flexion'");
	}

	@Test
	void stretchDeclaringTummyPressureNeedsEveryCautionWord() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.put("movements", "[tummy-pressure]");
		fields.put("cautions",
				"\n  - Do not do this if you are pregnant, have had surgery on your tummy or have a hernia.");
		this.content.stretch("knee-hug", fields);
		assertRejected("stretches/knee-hug.yaml", "cautions", "needs a caution that mentions 'aneurysm'");
	}

	@Test
	void stretchDeclaringAMovementWithItsCautionLoads() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.put("movements", "[deep-spinal-flexion, hip-rotation]");
		fields.put("cautions",
				"\n  - If you have Osteoporosis, keep your back flat.\n  - If you have had a hip replacement, ask first.");
		this.content.stretch("knee-hug", fields);

		this.loader.load(this.content.source());

		assertThat(this.stretches.findBySlug("knee-hug").orElseThrow().getCautions()).hasSize(2);
	}

	@Test
	void stretchWithAnUnknownMovement() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.put("movements", "[handstand]");
		this.content.stretch("knee-hug", fields);
		assertRejected("stretches/knee-hug.yaml", "movements", "unknown value 'handstand'");
	}

	@Test
	void stretchWithBothAHoldAndARepTime() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.put("kind", "nerve-glide");
		fields.put("repSeconds", "5");
		this.content.stretch("knee-hug", fields);
		assertRejected("stretches/knee-hug.yaml", "holdSeconds", "and repSeconds cannot both be given");
	}

	@Test
	void stretchWithNeitherAHoldNorARepTime() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.remove("holdSeconds");
		this.content.stretch("knee-hug", fields);
		assertRejected("stretches/knee-hug.yaml", "holdSeconds", "is required (or repSeconds");
	}

	@Test
	void aMoveWithNoHoldIsStoredAsNotHeldAndARoutineCannotHoldIt() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.remove("holdSeconds");
		fields.put("kind", "nerve-glide");
		fields.put("repSeconds", "5");
		this.content.stretch("knee-hug", fields);
		assertRejected("routines/evening.yaml", "steps[1].holdSeconds", "'knee-hug' is not held");

		Map<String, String> routine = ContentFixture.routineFields("evening", "knee-hug");
		routine.put("steps", "\n  - stretch: knee-hug\n    reps: 10");
		this.content.routine("evening", routine);
		this.loader.load(this.content.source());
		assertThat(this.stretches.findBySlug("knee-hug").orElseThrow()).satisfies((stretch) -> {
			assertThat(stretch.isHolds()).isFalse();
			assertThat(stretch.getHoldSeconds()).isEqualTo(5);
		});
	}

	@Test
	void aRoutineGetsTheDefaultPausesAndKeepsItsOwn() {
		this.loader.load(this.content.source());
		Routine evening = this.routines.findBySlug("evening").orElseThrow();
		assertThat(evening.getLeadInSeconds()).isEqualTo(RoutineContent.LEAD_IN.seconds());
		assertThat(evening.getChangeSidesSeconds()).isEqualTo(RoutineContent.CHANGE_SIDES.seconds());
		assertThat(evening.getRepPauseSeconds()).isEqualTo(RoutineContent.REP_PAUSE.seconds());
		assertThat(evening.getEquipment()).containsExactly(Equipment.MAT);

		Map<String, String> fields = ContentFixture.routineFields("evening", "knee-hug");
		fields.put("leadInSeconds", "45");
		fields.put("changeSidesSeconds", "12");
		fields.put("repPauseSeconds", "5");
		fields.put("steps", "\n  - stretch: knee-hug\n    reps: 2\n  - stretch: bridge");
		this.content.routine("evening", fields);
		this.loader.load(this.content.source());
		evening = this.routines.findBySlug("evening").orElseThrow();
		assertThat(evening.getLeadInSeconds()).isEqualTo(45);
		assertThat(evening.getChangeSidesSeconds()).isEqualTo(12);
		assertThat(evening.getRepPauseSeconds()).isEqualTo(5);
		assertThat(evening.getSteps()).extracting(RoutineStep::restSeconds)
			.as("a step with no rest gets the default")
			.containsExactly(RoutineContent.REST.seconds(), RoutineContent.REST.seconds());
	}

	@Test
	void aPauseTooShortToMoveIsRejected() {
		Map<String, String> fields = ContentFixture.routineFields("evening", "knee-hug");
		fields.put("leadInSeconds", String.valueOf(RoutineContent.LEAD_IN.min() - 1));
		this.content.routine("evening", fields);
		assertRejected("routines/evening.yaml", "leadInSeconds",
				"must be between " + RoutineContent.LEAD_IN.min() + " and " + RoutineContent.LEAD_IN.max());

		fields = ContentFixture.routineFields("evening", "knee-hug");
		fields.put("changeSidesSeconds", "0");
		this.content.routine("evening", fields);
		assertRejected("routines/evening.yaml", "changeSidesSeconds", "must be between");

		fields = ContentFixture.routineFields("evening", "knee-hug");
		fields.put("steps", "\n  - stretch: knee-hug\n    restSeconds: -1");
		this.content.routine("evening", fields);
		assertRejected("routines/evening.yaml", "steps[1].restSeconds", "must be between");
	}

	@Test
	void aRoutineThatNeedsEquipmentItDoesNotListIsRejected() {
		Map<String, String> stretch = ContentFixture.stretchFields("knee-hug");
		stretch.put("equipment", "[mat, table]");
		this.content.stretch("knee-hug", stretch);

		assertRejected("routines/evening.yaml", "steps[1].stretch",
				"'knee-hug' needs 'table', which the routine does not list in equipment [mat]");

		Map<String, String> fields = ContentFixture.routineFields("evening", "knee-hug");
		fields.remove("equipment");
		this.content.routine("evening", fields);
		assertRejected("routines/evening.yaml", "steps[1].stretch",
				"'knee-hug' needs 'mat', which the routine does not list in equipment []");
	}

	@Test
	void aRoutineWhoseWordsGiveALengthItsStepsDoNotAddUpToIsRejected() {
		// evening: a 20 s lead-in, knee-hug 20 s x 2 on each side (80 s), a change of
		// sides
		// (8 s) and a pause between holds on each side (2 x 3 s): 114 s, about 2 minutes.
		Map<String, String> fields = ContentFixture.routineFields("evening", "knee-hug");
		fields.put("summary", "A five-minute set for the evening.");
		this.content.routine("evening", fields);
		assertRejected("routines/evening.yaml", "summary",
				"says 'five-minute', but the steps add up to 114 seconds (about 2 minutes)");

		fields = ContentFixture.routineFields("evening", "knee-hug");
		fields.put("introduction", "It takes 10 mins.");
		this.content.routine("evening", fields);
		assertRejected("routines/evening.yaml", "introduction", "says '10 mins'");

		fields = ContentFixture.routineFields("evening", "knee-hug");
		fields.put("summary", "A two-minute set for the evening.");
		fields.put("introduction", "It takes about 2 minutes.");
		this.content.routine("evening", fields);
		this.loader.load(this.content.source());
		assertThat(this.routines.findBySlug("evening").orElseThrow().getSummary())
			.as("a length within a minute of the steps' total loads")
			.isEqualTo("A two-minute set for the evening.");
	}

	@Test
	void aStretchOfKindStretchIsHeld() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.remove("holdSeconds");
		fields.put("repSeconds", "5");
		this.content.stretch("knee-hug", fields);
		assertRejected("stretches/knee-hug.yaml", "repSeconds", "is for moves with no hold");
	}

	@Test
	void stretchWithoutAnIllustration() {
		this.content.stretch("plank");
		assertRejected("stretches/plank.yaml", "slug",
				"has a picture (src/test/resources/fixtures/illustrations/plank.svg)"
						+ " that is missing: add it, with both poses");
	}

	@Test
	void stretchWhosePictureHasOnlyOnePose() {
		this.content.stretch("one-pose");
		assertRejected("stretches/one-pose.yaml", "slug", "that needs both poses: add <g id=\"pose-start\">");
	}

	@Test
	void stretchWithAnUnknownTarget() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.put("targets", "[elbows]");
		this.content.stretch("knee-hug", fields);
		assertRejected("stretches/knee-hug.yaml", "targets", "unknown value 'elbows'");
	}

	@Test
	void stretchLinkingToAnUnknownGuide() {
		Map<String, String> fields = ContentFixture.stretchFields("knee-hug");
		fields.put("guides", "[knees]");
		this.content.stretch("knee-hug", fields);
		assertRejected("stretches/knee-hug.yaml", "guides", "'knees' is not a known item of guides");
	}

	/** With the site's own pictures folder, as an author meets it. */
	@Nested
	@TestPropertySource(properties = "psoascare.content.illustrations=classpath:static/img/stretches/")
	class WithTheSitePictures {

		@Autowired
		ContentLoader sitePicturesLoader;

		@Test
		void aMissingPictureIsNamedInTheSourceFolderNotOnTheClasspath() {
			ContentFixture content = new ContentFixture(StretchLoadingTests.this.root.resolve("site")).stretch("plank");
			content.assertRejected(this.sitePicturesLoader, "stretches/plank.yaml", "slug",
					"has a picture (src/main/resources/static/img/stretches/plank.svg) that is missing");
		}

	}

	private void assertRejected(String file, String field, String problem) {
		this.content.assertRejected(this.loader, file, field, problem);
	}

}
