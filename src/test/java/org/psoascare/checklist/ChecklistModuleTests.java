package org.psoascare.checklist;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist module with the modules it may use and the project's real content,
 * through its one public door, {@link ChecklistEvaluator}: every emergency rule that
 * needs only ticked signs, given just those ticks, gives an emergency result.
 */
@ApplicationModuleTest(BootstrapMode.ALL_DEPENDENCIES)
class ChecklistModuleTests {

	@Autowired
	ChecklistEvaluator evaluator;

	@Test
	void emergencySignsGiveAnEmergencyResult() throws Exception {
		ChecklistEvaluator.Definition definition = this.evaluator.definition();
		Set<String> ticks = definition.questions()
			.stream()
			.flatMap((group) -> group.questions().stream())
			.filter((question) -> question.type() == QuestionType.CHECK)
			.map(Question::code)
			.collect(Collectors.toSet());
		List<TriageRule> emergencies = definition.rules()
			.stream()
			.filter((rule) -> rule.level() == CareLevel.EMERGENCY && !rule.when().all().isEmpty()
					&& ticks.containsAll(rule.when().all()) && rule.when().any().isEmpty()
					&& rule.when().none().isEmpty() && rule.when().minAge() == null && rule.when().maxAge() == null)
			.toList();
		assertThat(emergencies).isNotEmpty().allSatisfy((rule) -> {
			String body = rule.when()
				.all()
				.stream()
				.map((code) -> ChecklistEvaluator.ANSWER_FIELD + "=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			ChecklistEvaluator.Evaluation evaluation = this.evaluator
				.evaluate(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)));
			assertThat(evaluation.result().disposition()).as(rule.slug()).isEqualTo(CareLevel.EMERGENCY);
		});
	}

}
