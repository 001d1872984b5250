package org.psoascare.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascare.content.ContentFixture;
import org.psoascare.content.ContentFixtureSlice;
import org.psoascare.content.ContentLoader;
import org.psoascare.content.LoadReport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan loader's rules, on plans written for each test: what a plan names must exist,
 * weeks come in order, holds and reps never go down unless the week says why, the plan
 * progresses, and no week is left empty by a caution.
 */
@ContentFixtureSlice
class PlanContentTests {

	@TempDir
	Path root;

	@Autowired
	ContentLoader loader;

	@Autowired
	PlanRepository plans;

	ContentFixture content;

	@BeforeEach
	void validContent() {
		this.content = new ContentFixture(this.root);
		this.content.guide("psoas");
		this.content.stretch("knee-hug").stretch("bridge");
		Map<String, String> lunge = ContentFixture.stretchFields("lunge");
		lunge.put("movements", "[hip-extension]");
		lunge.put("cautions",
				"\n  - Stop if it hurts.\n  - If you have had a hip replacement, ask your surgeon first.");
		this.content.stretch("lunge", lunge);
		this.content.routine("evening", ContentFixture.routineFields("evening", "knee-hug"));
	}

	/** A valid plan of four weeks: the routine as written, then the bridge growing. */
	static List<String> weeks() {
		List<String> weeks = new ArrayList<>();
		weeks.add(week(1, "      - routine: evening\n        howOften: Daily.\n"));
		weeks.add(week(2, "      - routine: evening\n        howOften: Daily.\n"
				+ "      - stretch: bridge\n        howOften: Daily.\n        reps: 3\n"));
		weeks.add(week(3,
				"      - routine: evening\n        howOften: Daily.\n        changes:\n"
						+ "          - stretch: knee-hug\n            holdSeconds: 30\n"
						+ "      - stretch: bridge\n        howOften: Daily.\n        reps: 4\n"));
		weeks.add(week(4,
				"      - routine: evening\n        howOften: Daily.\n        changes:\n"
						+ "          - stretch: knee-hug\n            holdSeconds: 30\n"
						+ "      - stretch: bridge\n        howOften: Daily.\n        reps: 5\n"));
		return weeks;
	}

	static String week(int number, String practice) {
		return "  - week: " + number + "\n    title: Week " + number + "\n    practice:\n" + practice
				+ "    activity: Walk.\n    read:\n      guide: psoas\n      section: first-part\n"
				+ "    readyWhen: It felt easy.\n";
	}

	static String plan(List<String> weeks) {
		return "slug: test-plan\ntitle: A plan\nsummary: A plan.\nlevel: soon\nforWhom: Anyone.\n"
				+ "introduction: Go slowly.\nbadDay:\n  - Keep moving gently.\nweeks:\n" + String.join("", weeks)
				+ "sources:\n  - title: Back pain\n    publisher: NHS website\n"
				+ "    url: https://www.nhs.uk/conditions/back-pain/\n";
	}

	@Test
	void aValidPlanIsStoredWithItsWeeksAndWhatTheyName() {
		this.content.write("plans/test-plan.yaml", plan(weeks()));
		LoadReport report = this.loader.load(this.content.source());
		assertThat(report.counts().get("plans").created()).isOne();
		Plan plan = this.plans.findAll().get(0);
		assertThat(plan.getWeeks()).extracting(Plan.StoredWeek::week).containsExactly(1, 2, 3, 4);
		assertThat(plan.getPractice()).extracting(Plan.StoredPractice::stretchSlug).contains("bridge", "knee-hug");
		assertThat(plan.getLevel()).isEqualTo(PlanLevel.SOON);
	}

	@Test
	void weeksMustBeNumberedInOrder() {
		List<String> weeks = weeks();
		weeks.set(2, weeks.get(2).replace("week: 3", "week: 4"));
		this.content.write("plans/test-plan.yaml", plan(weeks));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks[3].week", "must be 3");
	}

	@Test
	void aPlanHasFourToSixWeeks() {
		this.content.write("plans/test-plan.yaml", plan(weeks().subList(0, 3)));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks", "4 to 6 weeks");
	}

	@Test
	void everyRoutineStretchAndGuideAPlanNamesMustExist() {
		this.content.write("plans/test-plan.yaml", plan(weeks()).replace("routine: evening", "routine: morning"));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks[1].practice[1].routine",
				"'morning' is not a known item of routines");
		this.content.write("plans/test-plan.yaml", plan(weeks()).replace("stretch: bridge", "stretch: plank"));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks[2].practice[2].stretch",
				"'plank' is not a known item of stretches");
		this.content.write("plans/test-plan.yaml", plan(weeks()).replace("guide: psoas", "guide: sitting"));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks[1].read.guide",
				"'sitting' is not a known item of guides");
		this.content.write("plans/test-plan.yaml", plan(weeks()).replace("section: first-part", "section: third"));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks[1].read.section",
				"'third' is not a section of the guide 'psoas'");
	}

	@Test
	void aChangeMustNameAStepOfItsRoutine() {
		this.content.write("plans/test-plan.yaml", plan(weeks())
			.replaceFirst("stretch: knee-hug\n            holdSeconds", "stretch: bridge\n            holdSeconds"));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks[3].practice[1].changes[1].stretch",
				"'bridge' is not a step of the routine 'evening'");
	}

	@Test
	void holdsAndRepsNeverGoDownUnlessTheWeekSaysWhy() {
		List<String> weeks = weeks();
		weeks.set(3, weeks.get(3).replace("reps: 5", "reps: 2"));
		this.content.write("plans/test-plan.yaml", plan(weeks));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks[4].practice",
				"'bridge' goes down from 4 x 30 s to 2 x 30 s");

		weeks.set(3, weeks.get(3) + "    easierBecause: A lighter week before you go on.\n");
		this.content.write("plans/test-plan.yaml", plan(weeks));
		assertThat(this.loader.load(this.content.source()).counts().get("plans").created()).isOne();
	}

	@Test
	void aHoldGoingDownIsCaughtThroughARoutineStepToo() {
		List<String> weeks = weeks();
		weeks.set(3, weeks.get(3).replace("holdSeconds: 30", "holdSeconds: 10"));
		this.content.write("plans/test-plan.yaml", plan(weeks));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks[4].practice",
				"'knee-hug' goes down from 2 x 30 s to 2 x 10 s");
	}

	@Test
	void aPlanThatNeverProgressesIsRefused() {
		String same = "      - routine: evening\n        howOften: Daily.\n";
		this.content.write("plans/test-plan.yaml",
				plan(List.of(week(1, same), week(2, same), week(3, same), week(4, same))));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks", "never progress");
	}

	@Test
	void noWeekIsLeftEmptyByACaution() {
		List<String> weeks = weeks();
		weeks.set(0, week(1, "      - stretch: lunge\n        howOften: Daily.\n"));
		this.content.write("plans/test-plan.yaml", plan(weeks));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks[1].practice",
				"leaves nothing to do for someone with [HIP_REPLACEMENT]");
	}

	@Test
	void aSelfCarePlanNamesAnExistingPatternRule() {
		this.content.write("plans/test-plan.yaml", plan(weeks()).replace("level: soon", "level: self-care"));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "pattern", "is required for a self-care plan");
		this.content.write("plans/test-plan.yaml",
				plan(weeks()).replace("level: soon", "level: self-care\npattern: pattern-unknown"));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "pattern",
				"'pattern-unknown' is not a known item of checklist/rules");
	}

	@Test
	void aRoutineItemTakesChangesAndAStretchItemTakesItsOwnHoldAndReps() {
		this.content.write("plans/test-plan.yaml",
				plan(weeks()).replaceFirst("routine: evening\n        howOften: Daily.\n",
						"routine: evening\n        howOften: Daily.\n        reps: 4\n"));
		this.content.assertRejected(this.loader, "plans/test-plan.yaml", "weeks[1].practice[1]", "use changes");
	}

}
