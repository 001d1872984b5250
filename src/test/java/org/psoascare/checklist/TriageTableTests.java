package org.psoascare.checklist;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinical safety notes as a table: answers in, the highest care level out. Written
 * by hand from ../shared/clinical-safety.md, not derived from the rule files.
 */
class TriageTableTests {

	private static final Triage TRIAGE = RealRules.triage();

	static Answers answers(String given) {
		Set<String> codes = new HashSet<>();
		Integer age = null;
		for (String part : given.isBlank() ? new String[0] : given.strip().split("\\s+")) {
			if (part.startsWith("age=")) {
				age = Integer.valueOf(part.substring(4));
			}
			else {
				codes.add(part);
			}
		}
		return new Answers(codes, age);
	}

	@ParameterizedTest(name = "{2}: {0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					saddle-numbness                                   | emergency | saddle numbness
					pee-hard-to-start                                 | emergency | new difficulty starting to pee
					cannot-pee                                        | emergency | cannot pee
					pee-control-lost                                  | emergency | cannot control peeing
					pee-leaking                                       | emergency | leaking pee
					pee-pads                                          | emergency | a recent need for pads
					bladder-full-unaware                              | emergency | not knowing the bladder is full
					bowel-control-lost                                | emergency | loss of bowel control
					poo-need-unaware                                  | emergency | not noticing the need to poo
					sexual-function-lost                              | emergency | new loss of sexual function
					pain-both-legs                                    | emergency | sciatica-type pain in both legs
					weak-both-legs                                    | emergency | weakness in both legs
					numb-both-legs                                    | emergency | numbness in both legs
					weak-leg-severe-or-worse                          | emergency | severe or worsening leg weakness
					foot-drop                                         | emergency | new foot drop
					unsteady-walk                                     | emergency | unsteady walk
					major-accident                                    | emergency | after a major accident or fall
					chest-pain pain-low-back                          | emergency | back pain with chest pain
					minor-fall-or-strain severe-central-back-pain osteoporosis       | emergency | possible fracture, osteoporosis
					minor-fall-or-strain severe-central-back-pain long-term-steroids | emergency | possible fracture, steroids
					minor-fall-or-strain severe-central-back-pain age=75             | emergency | possible fracture, over 70
					minor-fall-or-strain severe-central-back-pain age=70             | soon      | 70 is not over 70: severe central pain is still seen soon
					fever                                             | urgent    | fever
					chills                                            | urgent    | chills
					feel-very-unwell                                  | urgent    | feeling very unwell
					weak-immune-system                                | urgent    | weakened immune system
					injects-drugs                                     | urgent    | injecting drugs
					recent-bacterial-infection                        | urgent    | recent bacterial infection
					weight-loss                                       | urgent    | unexplained weight loss
					past-cancer                                       | urgent    | past cancer
					back-lump                                         | urgent    | lump on the back
					back-shape-changed                                | urgent    | back changed shape
					pain-not-eased-by-rest                            | urgent    | pain not eased by rest
					night-pain-wakes                                  | urgent    | night pain that wakes
					pain-between-shoulder-blades                      | urgent    | pain between the shoulder blades
					worse-cough-sneeze-poo pain-low-back              | urgent    | cough pain without leg pain
					worse-cough-sneeze-poo pain-one-leg pain-below-knee | self-care | cough pain with sciatica-type leg pain
					worse-cough-sneeze-poo pain-back-of-thigh         | self-care | cough pain with back-of-thigh pain
					new-pain-no-cause age=55                          | soon      | new pain after 50, alone
					new-pain-no-cause age=18                          | soon      | new pain under 20, alone
					new-pain-no-cause age=35                          | self-care | new pain at 35
					new-pain-no-cause fever age=55                    | urgent    | new pain after 50 with fever
					new-pain-no-cause worse-cough-sneeze-poo age=60   | urgent    | new pain after 50 with cough, no leg pain
					age=12                                            | soon      | under 16
					age=12 pain-low-back long-sitting                 | soon      | under 16 with self-care answers
					age=12 saddle-numbness                            | emergency | under 16 with an emergency sign
					duration-over-3-months trend-same pain-low-back   | soon      | no better after 6 weeks
					duration-6-weeks-to-3-months trend-better         | self-care | improving after 6 weeks
					trend-worse                                       | soon      | getting worse
					stops-activities                                  | soon      | stops normal activities
					tingling-one-leg                                  | self-care | tingling in one leg alone is sciatica-type (v2)
					weak-one-leg                                      | soon      | weakness in one leg not getting worse
					worried                                           | soon      | worried
					struggling-to-cope                                | soon      | struggling to cope
					pain-low-back stiff-after-sitting                 | self-care | mechanical back pain
					pain-buttock worse-sitting                        | self-care | buttock pain when sitting
					long-sitting pain-hip-front-groin                 | self-care | tight hip flexors
					                                                  | self-care | nothing ticked
					saddle-numbness fever weak-one-leg pain-low-back  | emergency | several levels at once
					saddle-tingling                                   | emergency | v2: pins and needles in the saddle area
					wiping-feels-different                            | emergency | v2: changed feeling when wiping
					pee-control-lost                                  | emergency | v2: difficulty stopping or controlling the flow
					pee-no-feeling                                    | emergency | v2: loss of feeling when peeing
					poo-no-feeling                                    | emergency | v2: loss of feeling when pooing
					genital-feeling-sex-lost                          | emergency | v2: loss of genital feeling during sex
					tingling-both-legs                                | emergency | v2: tingling in both legs
					weak-leg-severe-or-worse                          | emergency | v2: worsening weakness in one leg is one question
					tummy-and-back-pain-sudden                        | emergency | v2: sudden severe tummy and back pain
					back-pain-sudden-faint                            | emergency | v2: sudden severe back pain with feeling faint
					saddle-tingling age=30 pain-low-back long-sitting | emergency | v2: CES sign with self-care answers
					pee-leaking age=12                                | emergency | v2: CES sign under 16
					pee-pads trend-better                             | emergency | v2: pads even when the pain is improving
					tingling-both-legs tingling-one-leg               | emergency | v2: both legs win over one leg
					poo-no-feeling duration-under-6-weeks             | emergency | v2: CES sign early in an episode
					tummy-and-back-pain-sudden age=70                 | emergency | v2: aneurysm at 70
					minor-fall-or-strain severe-central-back-pain     | emergency | v2: fracture with age not given
					minor-fall-or-strain severe-central-back-pain age=71 | emergency | v2: fracture over 70
					minor-fall-or-strain severe-central-back-pain age=62 osteoporosis | emergency | v2: fracture at 62 with osteoporosis
					minor-fall-or-strain severe-central-back-pain age=40 | soon   | v2: minor fall and severe central pain at 40 is still seen soon
					minor-fall-or-strain osteoporosis                 | urgent    | v2: minor fall with osteoporosis, no severe pain
					minor-fall-or-strain long-term-steroids           | urgent    | v2: minor fall with long-term steroids
					minor-fall-or-strain osteoporosis age=62 pain-low-back | urgent | v2: the issue's age 62 small fall osteoporosis case
					minor-fall-or-strain long-term-steroids age=35 trend-better | urgent | v2: steroids and a strain, even improving
					minor-fall-or-strain osteoporosis long-term-steroids | urgent  | v2: both bone risks
					osteoporosis pain-low-back                        | self-care | v2: osteoporosis without a fall
					minor-fall-or-strain pain-low-back age=62         | self-care | v2: a strain at 62 with healthy bones
					severe-central-back-pain                          | soon      | v2: severe central pain alone
					severe-central-back-pain age=80                   | soon      | v2: severe central pain at 80
					severe-central-back-pain age=25                   | soon      | v2: severe central pain at any age
					minor-fall-or-strain severe-central-back-pain age=80 | emergency | v2: small fall and severe central pain at 80
					tingling-one-leg pain-one-leg pain-below-knee     | self-care | v2: one-leg tingling with leg pain
					tingling-one-leg numb-one-leg                     | soon      | v2: numbness in one leg is still seen soon
					weak-one-leg tingling-one-leg                     | soon      | v2: stable weakness in one leg is still seen soon
					new-pain-no-cause                                 | soon      | v2: new pain with age not given takes the careful side
					new-pain-no-cause age=35                          | self-care | v2: new pain at 35 with no other sign
					new-pain-no-cause fever                           | urgent    | v2: new pain, age not given, with fever
					pain-tummy pain-low-back                          | self-care | v2: tummy pain alone is not a red flag here
					hip-replacement pain-buttock worse-sitting        | self-care | v2: hip replacement gets its caution
					fever pain-one-leg worse-sitting                  | urgent    | v2: urgent with sciatica still urgent
					past-cancer osteoporosis                          | urgent    | v2: past cancer
					chest-pain osteoporosis age=90                    | emergency | v2: chest pain at 90
					major-accident trend-better                       | emergency | v2: major accident even when improving
					past-cancer pain-one-leg                          | emergency | v3 NG234: cancer with pain spreading into a leg
					past-cancer pain-back-of-thigh                    | emergency | v3 NG234: cancer with pain down the back of the thigh
					past-cancer pain-below-knee                       | emergency | v3 NG234: cancer with pain below the knee
					past-cancer weak-one-leg                          | emergency | v3 NG234: cancer with mild leg weakness that is not getting worse
					past-cancer numb-one-leg                          | emergency | v3 NG234: cancer with numbness in a leg
					past-cancer tingling-one-leg                      | emergency | v3 NG234: cancer with pins and needles in a leg
					past-cancer unsteady-walk                         | emergency | v3 NG234: cancer with new trouble walking
					past-cancer foot-drop                             | emergency | v3 NG234: cancer with a foot that drags
					past-cancer pain-both-legs                        | emergency | v3 NG234: cancer with pain in both legs
					past-cancer pain-one-leg tingling-one-leg weak-one-leg new-pain-no-cause duration-6-weeks-to-3-months age=63 | emergency | v3 NG234: the review's 63-year-old after breast cancer
					past-cancer pain-one-leg trend-better age=45      | emergency | v3 NG234: cancer and a nerve sign even when improving
					past-cancer pain-low-back                         | urgent    | v3 NG234: cancer with back pain and no nerve sign stays urgent
					past-cancer pain-low-back worse-sitting stiff-after-sitting age=63 | urgent | v3 NG234: cancer with ordinary back pain answers stays urgent
					past-cancer pain-buttock worse-sitting            | urgent    | v3 NG234: buttock pain is not a nerve sign
					pain-one-leg tingling-one-leg weak-one-leg        | soon      | v3: the same nerve signs without cancer stay soon
					saddle-changed-yes                                | emergency | v3 gate: saddle feeling changed, nothing ticked
					saddle-changed-not-sure                           | emergency | v3 gate: not sure about saddle feeling, nothing ticked
					peeing-changed-yes                                | emergency | v3 gate: peeing changed, nothing ticked
					peeing-changed-not-sure pain-low-back             | emergency | v3 gate: not sure about peeing, nothing ticked
					pooing-changed-yes                                | emergency | v3 gate: pooing changed, nothing ticked
					sex-changed-not-sure                              | emergency | v3 gate: not sure about sex, nothing ticked
					both-legs-or-walking-yes                          | emergency | v3 gate: both legs or walking, nothing ticked
					one-leg-yes                                       | soon      | v3 gate: one leg, nothing ticked counts as mild weakness
					one-leg-not-sure past-cancer                      | emergency | v3 gate: one leg not sure, with cancer
					other-warning-signs-yes                           | urgent    | v3 gate: other warning signs, nothing ticked
					other-warning-signs-not-sure pain-low-back        | urgent    | v3 gate: not sure about other warning signs
					peeing-changed-no                                 | self-care | v3 gate: no is no sign
					peeing-changed-no pee-leaking                     | emergency | v3 gate: a tick beneath a 'no' still counts
					one-leg-yes pain-one-leg pain-below-knee          | self-care | v3 gate: a yes with its boxes ticked is read as ticked
					peeing-changed-yes pee-hard-to-start              | emergency | v3 gate: a yes with a box ticked
					""")
	void highestLevel(String given, String expected, String description) {
		TriageResult result = TRIAGE.evaluate(answers(given == null ? "" : given));

		assertThat(result.disposition().code()).isEqualTo(expected);
		assertThat(result.cards().get(0).level().code()).as("the first card is the highest level").isEqualTo(expected);
	}

	@Test
	void aGateAnsweredYesOrNotSureWithNothingTickedCountsAsItsMostSeriousSignAndSaysSo() {
		for (QuestionGroup group : RealRules.questions()) {
			if (group.gate() == null) {
				continue;
			}
			for (String answer : List.of("yes", "not-sure")) {
				TriageResult gated = TRIAGE.evaluate(answers(group.gate().answerCode(answer)));
				TriageResult ticked = TRIAGE.evaluate(answers(String.join(" ", group.gate().mostSerious())));
				assertThat(gated.disposition()).as("%s %s", group.slug(), answer).isEqualTo(ticked.disposition());
				assertThat(gated.readCarefully()).as("%s %s", group.slug(), answer).containsExactly(group);
			}
			assertThat(TRIAGE.evaluate(answers(group.gate().answerCode("no"))).readCarefully()).isEmpty();
			assertThat(TRIAGE.evaluate(answers(group.gate().answerCode("yes") + " " + group.answerCodes().get(0)))
				.readCarefully()).as("a box ticked beneath the gate").isEmpty();
		}
	}

	@Test
	void everyLevelThatFiredGetsItsOwnCardHighestFirst() {
		TriageResult result = TRIAGE.evaluate(answers("saddle-numbness fever weak-one-leg pain-low-back"));

		assertThat(result.cards()).extracting(TriageResult.CareCard::level)
			.containsExactly(CareLevel.EMERGENCY, CareLevel.URGENT, CareLevel.SOON);
	}

	@Test
	void anEmergencyHoldsNoStretchAndNoPattern() {
		TriageResult result = TRIAGE.evaluate(answers("chest-pain pain-one-leg worse-sitting long-sitting"));

		assertThat(result.disposition()).isEqualTo(CareLevel.EMERGENCY);
		assertThat(result.patterns()).isEmpty();
		assertThat(result.recommends().stretches()).isEmpty();
		assertThat(result.recommends().routines()).isEmpty();
		assertThat(result.cards()).noneMatch((card) -> card.level() == CareLevel.SELF_CARE);
	}

	@Test
	void sciaticaTypePainPointsToTheGentleRoutineAndRulesOutHamstringStretching() {
		TriageResult result = TRIAGE.evaluate(answers("pain-one-leg pain-below-knee tingling-one-leg worse-sitting"));

		assertThat(result.patterns()).extracting(TriageRule::pattern).contains("sciatica-type pain");
		assertThat(result.recommends().routines()).contains("gentle-sciatica");
		assertThat(result.recommends().stretches()).contains("sciatic-nerve-glide")
			.doesNotContain("supine-hamstring-stretch");
		assertThat(result.avoidStretches()).contains("supine-hamstring-stretch");
		assertThat(result.recommends().guides()).contains("sciatica");
	}

	@Test
	void longSittingPointsToThePsoasReleaseAndDeskBreak() {
		TriageResult result = TRIAGE.evaluate(answers("long-sitting stiff-after-sitting pain-hip-front-groin"));

		assertThat(result.recommends().routines()).contains("psoas-release", "desk-break");
		assertThat(result.recommends().guides()).contains("psoas", "sitting-and-back-pain");
	}

	@Test
	void underSixteenGetsNoRoutinesOrStretches() {
		TriageResult result = TRIAGE.evaluate(answers("age=14 pain-low-back long-sitting pain-one-leg"));

		assertThat(result.disposition()).isEqualTo(CareLevel.SOON);
		assertThat(result.recommends().routines()).isEmpty();
		assertThat(result.recommends().stretches()).isEmpty();
		assertThat(result.patterns()).isEmpty();
	}

	@Test
	void nothingTickedIsACalmSelfCareResult() {
		TriageResult result = TRIAGE.evaluate(answers(""));

		assertThat(result.nothingGiven()).isTrue();
		assertThat(result.cards()).singleElement()
			.satisfies((card) -> assertThat(card.level()).isEqualTo(CareLevel.SELF_CARE));
	}

	@Test
	void nothingToDoIsOfferedUnderAnUrgentCard() {
		TriageResult result = TRIAGE.evaluate(answers("fever pain-one-leg worse-sitting long-sitting pain-low-back"));

		assertThat(result.disposition()).isEqualTo(CareLevel.URGENT);
		assertThat(result.patterns()).isEmpty();
		assertThat(result.recommends().routines()).isEmpty();
		assertThat(result.recommends().stretches()).isEmpty();
	}

	@Test
	void tummyMassageIsLeftOutWithTummyPainAndNeverOfferedWithUrgentSigns() {
		TriageResult tummy = TRIAGE.evaluate(answers("pain-tummy long-sitting pain-hip-front-groin"));

		assertThat(tummy.avoidStretches()).contains("massage-ball-psoas-release");
		assertThat(tummy.recommends().stretches()).doesNotContain("massage-ball-psoas-release");
		for (String sign : new String[] { "fever", "weight-loss", "past-cancer" }) {
			TriageResult result = TRIAGE.evaluate(answers(sign + " long-sitting pain-hip-front-groin"));
			assertThat(result.recommends().stretches()).as(sign).doesNotContain("massage-ball-psoas-release");
			assertThat(result.recommends().routines()).as(sign).isEmpty();
		}
	}

	@Test
	void osteoporosisLeavesOutDeepSpinalFlexionAndEveryRoutineThatUsesIt() {
		TriageResult result = TRIAGE.evaluate(answers("osteoporosis pain-low-back pain-one-leg long-sitting"));
		Map<String, List<String>> routines = RealRules.routineStretches();

		assertThat(result.avoidStretches()).contains("single-knee-to-chest", "double-knee-to-chest", "cat-cow");
		assertThat(result.recommends().stretches()).doesNotContain("single-knee-to-chest", "double-knee-to-chest",
				"cat-cow");
		assertThat(result.recommends().routines()).isNotEmpty()
			.allSatisfy((routine) -> assertThat(routines.get(routine)).as(routine)
				.doesNotContain("single-knee-to-chest", "double-knee-to-chest", "cat-cow"));
	}

	@Test
	void theEmergencyResultSaysWhatToTellStaff() {
		TriageResult result = TRIAGE.evaluate(answers("saddle-numbness pee-leaking chest-pain fever"));

		assertThat(result.tellStaff().sentence()).isEqualTo("I have back pain and these signs: chest pain, leaking pee "
				+ "and numbness around my genitals or bottom. I am worried about a problem with my heart or a large blood "
				+ "vessel and cauda equina syndrome.");
		assertThat(TRIAGE.evaluate(answers("fever")).tellStaff().sentence()).isEmpty();
	}

	@Test
	void theSameAnswersAlwaysGiveTheSameResult() {
		Answers answers = answers("fever pain-one-leg age=40 " + String.join(" ", Arrays.asList("worried")));

		assertThat(TRIAGE.evaluate(answers)).isEqualTo(TRIAGE.evaluate(answers));
	}

}
