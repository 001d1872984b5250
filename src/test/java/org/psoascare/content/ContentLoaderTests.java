package org.psoascare.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascare.guide.Guide;
import org.psoascare.guide.GuideRepository;
import org.psoascare.stretch.Equipment;
import org.psoascare.stretch.Routine;
import org.psoascare.stretch.RoutineContent;
import org.psoascare.stretch.RoutineRepository;
import org.psoascare.stretch.RoutineStep;
import org.psoascare.stretch.StretchRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The content loader against a real H2 database with the Flyway schema: every rule a file
 * can break stops the load with a message naming the file and the field, loading is
 * idempotent, and a load that fails changes nothing.
 */
@ContentFixtureSlice
@TestPropertySource(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn" })
public class ContentLoaderTests {

	@TempDir
	Path root;

	@Autowired
	ContentLoader loader;

	@Autowired
	GuideRepository guides;

	@Autowired
	StretchRepository stretches;

	@Autowired
	RoutineRepository routines;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	ContentFixture content;

	@BeforeEach
	void validContent() {
		this.content = new ContentFixture(this.root);
		this.content.guide("psoas").guide("sciatica");
		this.content.stretch("knee-hug").stretch("bridge");
		this.content.routine("evening", ContentFixture.routineFields("evening", "knee-hug"));
	}

	@Test
	void loadsValidContentIntoTheStore() {
		LoadReport report = this.loader.load(this.content.source());

		assertThat(report.of("guides").created()).isEqualTo(2);
		assertThat(report.of("stretches").created()).isEqualTo(2);
		assertThat(report.of("routines").created()).isEqualTo(1);
		Guide psoas = this.guides.findBySlug("psoas").orElseThrow();
		assertThat(psoas.getTitle()).isEqualTo("Guide psoas");
		assertThat(psoas.getSources()).singleElement()
			.satisfies((source) -> assertThat(source.url()).isEqualTo("https://www.nice.org.uk/guidance/ng59"));
		assertThat(psoas.getSections()).extracting("anchor").containsExactly("first-part", "second-part");
		assertThat(this.routines.findBySlug("evening").orElseThrow().getSteps()).singleElement()
			.satisfies((step) -> assertThat(step.holdSeconds()).isEqualTo(20));
	}

	@Test
	void loadingTheSameFilesAgainChangesNothing() {
		LoadReport first = this.loader.load(this.content.source());
		List<Long> ids = this.guides.findAll().stream().map(Guide::getId).sorted().toList();

		LoadReport again = this.loader.load(this.content.source());

		assertThat(again.changedNothing()).isTrue();
		assertThat(again.version()).matches("[0-9a-f]{12}").isEqualTo(first.version());
		assertThat(again.of("guides").unchanged()).isEqualTo(2);
		assertThat(this.guides.findAll().stream().map(Guide::getId).sorted().toList()).isEqualTo(ids);
	}

	@Test
	void aChangedFileUpdatesItsRowAndARemovedFileRemovesIt() {
		LoadReport before = this.loader.load(this.content.source());
		Long psoasId = this.guides.findBySlug("psoas").orElseThrow().getId();
		Map<String, String> changed = ContentFixture.guideFields("psoas");
		changed.put("title", "The psoas, revised");
		this.content.guide("psoas", changed, ContentFixture.BODY).delete("guides/sciatica.md");

		LoadReport report = this.loader.load(this.content.source());

		assertThat(report.of("guides")).isEqualTo(new SyncCounts(0, 1, 1, 0));
		assertThat(report.version()).isNotEqualTo(before.version());
		Guide psoas = this.guides.findBySlug("psoas").orElseThrow();
		assertThat(psoas.getId()).isEqualTo(psoasId);
		assertThat(psoas.getTitle()).isEqualTo("The psoas, revised");
		assertThat(this.guides.findBySlug("sciatica")).isEmpty();
	}

	@Test
	void aFileThatBreaksARuleStopsTheLoadBeforeAnythingIsWritten() {
		this.loader.load(this.content.source());
		this.content.guide("new-guide", without(ContentFixture.guideFields("new-guide"), "title"), ContentFixture.BODY);
		Statistics writes = clearedStatistics();

		assertThatThrownBy(() -> this.loader.load(this.content.source())).isInstanceOf(ContentException.class);
		assertThat(this.guides.findBySlug("new-guide")).isEmpty();
		assertThat(writes.getEntityInsertCount() + writes.getEntityUpdateCount() + writes.getEntityDeleteCount())
			.as("rows written before the broken file was found")
			.isZero();
	}

	/**
	 * A load that fails after it has written leaves the store as it was. Every file here
	 * is valid, but the database refuses the new routine (a check added for this test),
	 * so the load fails in the routines' store step, after the guides' changes were sent
	 * to the database; the loader's one transaction takes them back. The test runs
	 * outside a test transaction, so what it reads afterwards is what the database kept.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aBrokenFileLeavesTheStoreAsItWas() {
		this.loader.load(this.content.source());
		Map<String, String> before = storedHashes();
		Map<String, String> changed = ContentFixture.guideFields("psoas");
		changed.put("title", "The psoas, revised");
		this.content.guide("psoas", changed, ContentFixture.BODY).guide("new-guide").delete("guides/sciatica.md");
		this.content.routine("refused", ContentFixture.routineFields("refused", "knee-hug"));
		this.jdbc.execute("alter table routine add constraint test_refuses_routine check (slug <> 'refused')");
		try {
			Statistics writes = clearedStatistics();

			assertThatThrownBy(() -> this.loader.load(this.content.source()))
				.isInstanceOf(DataIntegrityViolationException.class);
			// The guides were sent to the database before the failure: one inserted, one
			// updated, one deleted (if guides ever stored after routines, this fails
			// first:
			// the test would no longer prove a rollback). Had they been committed on
			// their
			// own, the store below would have changed: with a commit after each content
			// type's store step, this test fails on the next assertion.
			EntityStatistics guideWrites = writes.getEntityStatistics(Guide.class.getName());
			assertThat(
					List.of(guideWrites.getInsertCount(), guideWrites.getUpdateCount(), guideWrites.getDeleteCount()))
				.as("guide rows inserted, updated and deleted before the routine was refused")
				.containsExactly(1L, 1L, 1L);
			assertThat(storedHashes()).isEqualTo(before);
			assertThat(this.guides.findBySlug("psoas").orElseThrow().getTitle()).isEqualTo("Guide psoas");
		}
		finally {
			this.jdbc.execute("alter table routine drop constraint test_refuses_routine");
			emptyTheStore();
		}
	}

	@Test
	void missingRequiredField() {
		this.content.guide("psoas", without(ContentFixture.guideFields("psoas"), "summary"), ContentFixture.BODY);
		assertRejected("guides/psoas.md", "summary", "is required");
	}

	@Test
	void unknownTopic() {
		guideWith("topic", "knees");
		assertRejected("guides/psoas.md", "topic", "unknown value 'knees'; expected one of: psoas, sciatica");
	}

	@Test
	void badDate() {
		guideWith("reviewed", "2026-13-40");
		assertRejected("guides/psoas.md", "reviewed", "'2026-13-40' is not a date");
	}

	@Test
	void nextReviewBeforeReviewed() {
		guideWith("nextReview", "2026-01-01");
		assertRejected("guides/psoas.md", "nextReview", "2026-01-01 is before the reviewed date 2026-11-21");
	}

	@Test
	void duplicateSlug() {
		this.content.guide("psoas-copy", ContentFixture.guideFields("psoas"), ContentFixture.BODY);
		assertRejected("guides/psoas.md", "slug", "'psoas' is already used by guides/psoas-copy.md");
	}

	@Test
	void relatedGuideThatDoesNotExist() {
		guideWith("related", "[sciatica, knees]");
		assertRejected("guides/psoas.md", "related", "'knees' is not a known item of guides");
	}

	@Test
	void misspeltFieldName() {
		guideWith("sumary", "Typo.");
		assertRejected("guides/psoas.md", "sumary", "is not a known field; did you mean 'summary'?");
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
	void unknownFieldLikeNoKnownOneListsTheKnownFields() {
		guideWith("colour", "blue");
		assertRejected("guides/psoas.md", "colour", "is not a known field; the known fields here are: ");
		assertRejected("guides/psoas.md", "colour", "nextReview, related, reviewed, routines, slug");
	}

	@Test
	void sourceWithoutAnAddress() {
		guideWith("sources", "\n  - title: A book\n    publisher: Someone\n    url: ftp://example.org/book");
		assertRejected("guides/psoas.md", "sources[1].url", "must be an http or https address");
	}

	@Test
	void citationOfASourceThatIsNotListed() {
		this.content.guide("psoas", ContentFixture.guideFields("psoas"), "## Part\n\nA claim [2].\n");
		assertRejected("guides/psoas.md", "body", "cites [2] but there are 1 sources");
	}

	@Test
	void bodyThatCitesNothing() {
		this.content.guide("psoas", ContentFixture.guideFields("psoas"), "## Part\n\nA claim with no source.\n");
		assertRejected("guides/psoas.md", "body", "cites no source");
	}

	@Test
	void topLevelHeadingInBody() {
		this.content.guide("psoas", ContentFixture.guideFields("psoas"), "# Title again\n\nText [1].\n");
		assertRejected("guides/psoas.md", "body", "uses a '#' heading");
	}

	@Test
	void fileWithoutFrontMatter() {
		this.content.write("guides/psoas.md", "Just text [1].\n");
		assertRejected("guides/psoas.md", null, "must start with front matter");
	}

	@Test
	void invalidYaml() {
		guideWith("title", "[unclosed");
		assertRejected("guides/psoas.md", null, "is not valid YAML");
	}

	@Test
	void guideLinkingToAnUnknownStretch() {
		guideWith("stretches", "[knee-hug, cartwheel]");
		assertRejected("guides/psoas.md", "stretches", "'cartwheel' is not a known item of stretches");
	}

	@Test
	void guideLinkingToAnUnknownRoutine() {
		guideWith("routines", "[midnight]");
		assertRejected("guides/psoas.md", "routines", "'midnight' is not a known item of routines");
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
	void guideWithAnUnknownPlaceholder() {
		Map<String, String> fields = ContentFixture.guideFields("psoas");
		this.content.guide("psoas", fields, "Call {{emergency-numbers}} now [1].\n");
		assertRejected("guides/psoas.md", "body", "uses the unknown placeholder {{emergency-numbers}}");
	}

	@Test
	void guidePlaceholderIsFilledFromTheSetting() {
		Map<String, String> fields = ContentFixture.guideFields("psoas");
		this.content.guide("psoas", fields, "Call {{emergency-number}} now [1].\n");

		this.loader.load(this.content.source());

		assertThat(this.guides.findBySlug("psoas").orElseThrow().getBodyHtml()).contains("Call 999 now");
	}

	@Test
	void stretchWithoutAnIllustration() {
		this.content.stretch("plank");
		assertRejected("stretches/plank.yaml", "slug",
				"has a picture (src/test/resources/fixtures/illustrations/plank.svg)"
						+ " that is missing: add it, with both poses");
	}

	/** With the site's own pictures folder, as an author meets it. */
	@Nested
	@TestPropertySource(properties = "psoascare.content.illustrations=classpath:static/img/stretches/")
	class WithTheSitePictures {

		@Autowired
		ContentLoader sitePicturesLoader;

		@Test
		void aMissingPictureIsNamedInTheSourceFolderNotOnTheClasspath() {
			ContentFixture content = new ContentFixture(ContentLoaderTests.this.root.resolve("site")).stretch("plank");
			content.assertRejected(this.sitePicturesLoader, "stretches/plank.yaml", "slug",
					"has a picture (src/main/resources/static/img/stretches/plank.svg) that is missing");
		}

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

	/** Every stored guide, stretch and routine as kind/slug to content hash. */
	private Map<String, String> storedHashes() {
		Map<String, String> hashes = new TreeMap<>();
		this.guides.findAll().forEach((guide) -> hashes.put("guides/" + guide.getSlug(), guide.getContentHash()));
		this.stretches.findAll()
			.forEach((stretch) -> hashes.put("stretches/" + stretch.getSlug(), stretch.getContentHash()));
		this.routines.findAll()
			.forEach((routine) -> hashes.put("routines/" + routine.getSlug(), routine.getContentHash()));
		return hashes;
	}

	/** Hibernate's counts of the rows sent to the database, from zero. */
	private Statistics clearedStatistics() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		return statistics;
	}

	/**
	 * Loads an empty folder, so a test that committed leaves nothing for the next one.
	 */
	private void emptyTheStore() {
		try {
			this.loader.load(new ContentFixture(Files.createDirectories(this.root.resolve("empty"))).source());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void guideWith(String field, String value) {
		Map<String, String> fields = ContentFixture.guideFields("psoas");
		fields.put(field, value);
		this.content.guide("psoas", fields, ContentFixture.BODY);
	}

	private static Map<String, String> without(Map<String, String> fields, String field) {
		fields.remove(field);
		return fields;
	}

	private void assertRejected(String file, String field, String problem) {
		this.content.assertRejected(this.loader, file, field, problem);
	}

}
