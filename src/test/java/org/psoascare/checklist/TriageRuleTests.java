package org.psoascare.checklist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psoascare.content.RealContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule, one test each: the smallest answers that meet its conditions make it fire
 * at its level, and taking away what it needs stops it.
 */
class TriageRuleTests {

	private static final Triage TRIAGE = RealRules.triage();

	static Stream<TriageRule> rules() {
		return RealRules.rules().stream();
	}

	/** All of 'all', the first of 'any', and an age within the bounds. */
	static Answers smallestAnswersFor(TriageRule rule) {
		Set<String> codes = new HashSet<>(rule.when().all());
		if (!rule.when().any().isEmpty()) {
			codes.add(rule.when().any().get(0));
		}
		Integer age = null;
		if (rule.when().minAge() != null) {
			age = rule.when().minAge();
		}
		else if (rule.when().maxAge() != null) {
			age = rule.when().maxAge();
		}
		return new Answers(codes, age);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void firesAtItsLevelOnItsOwnAnswers(TriageRule rule) {
		TriageResult result = TRIAGE.evaluate(smallestAnswersFor(rule));

		if (rule.level() == CareLevel.SELF_CARE && !rule.pattern().isBlank()) {
			assertThat(result.patterns()).as("patterns").contains(rule);
		}
		else {
			assertThat(result.cards()).as("cards").anySatisfy((card) -> {
				assertThat(card.level()).isEqualTo(rule.level());
				assertThat(card.rules()).contains(rule);
			});
		}
		assertThat(result.disposition().ordinal()).as("never below the rule's own level")
			.isLessThanOrEqualTo(rule.level().ordinal());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void doesNotFireWithoutWhatItNeeds(TriageRule rule) {
		Answers answers = smallestAnswersFor(rule);
		List<Answers> weaker = Stream.of(answers.codes().stream().map((code) -> {
			Set<String> fewer = new HashSet<>(answers.codes());
			fewer.remove(code);
			return new Answers(fewer, answers.age());
		}), Stream.of(new Answers(answers.codes(), null)).filter((none) -> answers.age() != null),
				Stream.of(new Answers(answers.codes(), 40)).filter((given) -> rule.when().ageUnknown()))
			.flatMap((stream) -> stream)
			.toList();
		assertThat(weaker).isNotEmpty();
		for (Answers fewer : weaker) {
			assertThat(rule.appliesTo(fewer)).as("without part of its answers: %s", fewer).isFalse();
		}
	}

	@Test
	void ruleCountsPerLevel() {
		List<TriageRule> rules = RealRules.rules();

		assertThat(rules).filteredOn((rule) -> rule.level() == CareLevel.EMERGENCY).hasSizeGreaterThanOrEqualTo(15);
		assertThat(rules).filteredOn((rule) -> rule.level() == CareLevel.URGENT).hasSizeGreaterThanOrEqualTo(10);
		assertThat(rules).filteredOn((rule) -> rule.level() == CareLevel.SOON).hasSizeGreaterThanOrEqualTo(5);
		assertThat(rules).filteredOn((rule) -> !rule.pattern().isBlank())
			.hasSize(RealContent.countWithField("checklist/rules", "yaml", "pattern"));
		assertThat(rules).allSatisfy((rule) -> assertThat(rule.source().url()).startsWith("https://"));
	}

}
