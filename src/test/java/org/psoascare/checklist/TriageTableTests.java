package org.psoascare.checklist;

import java.util.Arrays;
import java.util.HashSet;
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
	@CsvSource(delimiter = '|', textBlock = """
			saddle-numbness                                   | emergency | saddle numbness
			pee-hard-to-start                                 | emergency | new difficulty starting to pee
			cannot-pee                                        | emergency | cannot pee
			pee-control-lost                                  | emergency | cannot control peeing
			pee-leaking-pads                                  | emergency | new leaking needing pads
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
			minor-fall-or-strain severe-central-back-pain age=70             | self-care | 70 is not over 70
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
			tingling-one-leg                                  | soon      | tingling in one leg
			weak-one-leg                                      | soon      | weakness in one leg not getting worse
			worried                                           | soon      | worried
			struggling-to-cope                                | soon      | struggling to cope
			pain-low-back stiff-after-sitting                 | self-care | mechanical back pain
			pain-buttock worse-sitting                        | self-care | buttock pain when sitting
			long-sitting pain-hip-front-groin                 | self-care | tight hip flexors
			                                                  | self-care | nothing ticked
			saddle-numbness fever weak-one-leg pain-low-back  | emergency | several levels at once
			""")
	void highestLevel(String given, String expected, String description) {
		TriageResult result = TRIAGE.evaluate(answers(given == null ? "" : given));

		assertThat(result.disposition().code()).isEqualTo(expected);
		assertThat(result.cards().get(0).level().code()).as("the first card is the highest level").isEqualTo(expected);
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
	void theSameAnswersAlwaysGiveTheSameResult() {
		Answers answers = answers("fever pain-one-leg age=40 " + String.join(" ", Arrays.asList("worried")));

		assertThat(TRIAGE.evaluate(answers)).isEqualTo(TRIAGE.evaluate(answers));
	}

}
