package org.psoascare.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over many random answer sets (seeded, so a failure can be replayed). Levels
 * compare by urgency: a lower ordinal is more urgent.
 */
class TriagePropertyTests {

	private static final int RUNS = 2000;

	private final Triage triage = RealRules.triage();

	private final List<String> codes = RealRules.questions()
		.stream()
		.flatMap((group) -> group.answerCodes().stream())
		.toList();

	/** Answers that on their own make an emergency. */
	private final List<String> emergencyCodes = this.triage.rules()
		.stream()
		.filter((rule) -> rule.level() == CareLevel.EMERGENCY)
		.filter((rule) -> rule.when().all().size() + (rule.when().any().isEmpty() ? 0 : 1) == 1)
		.filter((rule) -> rule.when().minAge() == null && rule.when().maxAge() == null && rule.when().none().isEmpty())
		.map((rule) -> rule.when().all().isEmpty() ? rule.when().any().get(0) : rule.when().all().get(0))
		.toList();

	/**
	 * Answers some rule needs to be absent: removing them may rightly raise the level.
	 */
	private final Set<String> excluders = new HashSet<>(
			this.triage.rules().stream().flatMap((rule) -> rule.when().none().stream()).toList());

	private Answers random(Random random) {
		Set<String> given = new HashSet<>();
		int count = random.nextInt(8);
		for (int i = 0; i < count; i++) {
			given.add(this.codes.get(random.nextInt(this.codes.size())));
		}
		Integer age = random.nextInt(4) == 0 ? null : random.nextInt(121);
		return new Answers(given, age);
	}

	private int urgency(Answers answers) {
		return this.triage.evaluate(answers).disposition().ordinal();
	}

	@Test
	void thereAreEmergencyAnswersToTest() {
		assertThat(this.emergencyCodes).hasSizeGreaterThanOrEqualTo(15);
	}

	@Test
	void addingAnEmergencyAnswerAlwaysMakesItAnEmergency() {
		Random random = new Random(20261121);
		for (int run = 0; run < RUNS; run++) {
			Answers answers = random(random);
			String emergency = this.emergencyCodes.get(random.nextInt(this.emergencyCodes.size()));
			Set<String> more = new HashSet<>(answers.codes());
			more.add(emergency);
			Answers withEmergency = new Answers(more, answers.age());

			assertThat(this.triage.evaluate(withEmergency).disposition()).as("%s", withEmergency)
				.isEqualTo(CareLevel.EMERGENCY);
			assertThat(urgency(withEmergency)).isLessThanOrEqualTo(urgency(answers));
		}
	}

	@Test
	void addingAnyAnswerThatNoRuleExcludesNeverLowersTheLevel() {
		Random random = new Random(7);
		List<String> neutral = this.codes.stream().filter((code) -> !this.excluders.contains(code)).toList();
		for (int run = 0; run < RUNS; run++) {
			Answers answers = random(random);
			Set<String> more = new HashSet<>(answers.codes());
			more.add(neutral.get(random.nextInt(neutral.size())));

			assertThat(urgency(new Answers(more, answers.age()))).as("%s plus one", answers)
				.isLessThanOrEqualTo(urgency(answers));
		}
	}

	@Test
	void removingAnswersNeverRaisesTheLevelUnlessARuleNeededThemAbsent() {
		Random random = new Random(42);
		for (int run = 0; run < RUNS; run++) {
			Answers answers = random(random);
			List<String> given = new ArrayList<>(answers.codes());
			Set<String> kept = new HashSet<>();
			Set<String> removed = new HashSet<>();
			for (String code : given) {
				(random.nextBoolean() ? kept : removed).add(code);
			}
			if (removed.stream().anyMatch(this.excluders::contains)) {
				continue;
			}
			Answers fewer = new Answers(kept, answers.age());

			assertThat(urgency(fewer)).as("%s after removing %s", fewer, removed)
				.isGreaterThanOrEqualTo(urgency(answers));
		}
	}

	@Test
	void anUnknownAgeNeverLowersTheLevel() {
		Random random = new Random(2026);
		for (int run = 0; run < RUNS; run++) {
			Answers answers = random(random);
			Answers unknown = new Answers(answers.codes(), null);
			for (int age = 16; age <= AnswerForm.MAX_AGE; age++) {
				Answers known = new Answers(answers.codes(), age);
				assertThat(urgency(unknown)).as("%s without an age, against age %d", answers.codes(), age)
					.isLessThanOrEqualTo(urgency(known));
			}
		}
	}

	@Test
	void nothingIsOfferedToDoAboveSoon() {
		Random random = new Random(99);
		for (int run = 0; run < RUNS; run++) {
			TriageResult result = this.triage.evaluate(random(random));
			if (result.disposition().compareTo(CareLevel.SOON) < 0) {
				assertThat(result.recommends().stretches()).isEmpty();
				assertThat(result.recommends().routines()).isEmpty();
				assertThat(result.patterns()).isEmpty();
			}
		}
	}

}
