package org.psoascare.checklist;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascare.content.ContentFixture;
import org.psoascare.content.ContentFixtureSlice;
import org.psoascare.content.ContentLoader;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The loader's checks on checklist questions and rules, each stopping the load. */
@ContentFixtureSlice
public class ChecklistContentTests {

	@TempDir
	Path root;

	@Autowired
	ContentLoader loader;

	ContentFixture content;

	@BeforeEach
	void validContent() {
		this.content = new ContentFixture(this.root);
		this.content.guide("sciatica").stretch("knee-hug");
		this.content.routine("evening", ContentFixture.routineFields("evening", "knee-hug"));
		this.content.write("checklist/questions/signs.yaml", ContentFixture.QUESTIONS);
		this.content.rule("fever", ContentFixture.ruleFields("fever"));
	}

	@Test
	void loadsQuestionsAndRules() {
		assertThat(this.loader.load(this.content.source()).of("checklist/rules").created()).isEqualTo(1);
	}

	@Test
	void ruleWithAnUnknownAnswerCode() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.put("when", "\n  all: [fever]\n  none: [leg-ache]");
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "when", "'leg-ache' is not an answer code");
	}

	@Test
	void ruleRecommendingAnUnknownRoutine() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.put("level", "soon");
		rule.put("recommends", "\n  routines: [midnight]");
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "recommends.routines",
				"'midnight' is not a known item of routines");
	}

	@Test
	void ruleAvoidingAnUnknownStretch() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.put("avoid", "\n  stretches: [cartwheel]");
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "avoid.stretches", "'cartwheel' is not a known item of stretches");
	}

	@Test
	void ruleWithALevelThatDoesNotExist() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.put("level", "whenever");
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "level",
				"unknown value 'whenever'; expected one of: emergency, urgent, soon, self-care");
	}

	@Test
	void ruleWithoutASource() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.remove("source");
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "source", "is required");
	}

	@Test
	void urgentRuleThatRecommendsStretches() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.put("recommends", "\n  stretches: [knee-hug]");
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "recommends", "an urgent rule must not recommend anything");
	}

	@Test
	void ruleWithNoCondition() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.put("when", "\n  none: [leg-pain]");
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "when.all", "a rule needs at least one answer");
	}

	@Test
	void answerCodeUsedTwice() {
		this.content.write("checklist/questions/more.yaml",
				ContentFixture.QUESTIONS.replace("slug: signs", "slug: more")
					.replace("order: 1", "order: 2")
					.replace("code: age", "code: temperature")
					.replace("type: number", "type: check"));
		assertRejected("checklist/questions/more.yaml", "questions[1]", "the code 'fever' is used more than once");
	}

	@Test
	void emergencyRuleWithoutWordsForStaff() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.put("level", "emergency");
		this.content.write("checklist/questions/signs.yaml",
				ContentFixture.QUESTIONS.replace("order: 1", "order: 1\ncheckFirst: true"));
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "tellStaff",
				"an emergency rule needs the sign in words to say to staff");
	}

	@Test
	void wordsForStaffOnAnUrgentRule() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.put("tellStaff", "a fever");
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "tellStaff", "only an emergency rule has words for staff");
	}

	@Test
	void emergencyRuleWhoseSignIsNotAskedFirst() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.put("level", "emergency");
		rule.put("tellStaff", "a fever");
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "when",
				"'fever' is needed for an emergency but is not asked in a checkFirst group");
	}

	@Test
	void groupAskedBeforeTheCheckFirstGroups() {
		this.content.write("checklist/questions/more.yaml", """
				slug: more
				order: 2
				checkFirst: true
				legend: More
				questions:
				  - code: chest-pain
				    type: check
				    label: I have chest pain
				""");
		assertRejected("checklist/questions/signs.yaml", "order", "comes before the check-first group");
	}

	@Test
	void ageUnknownWithAnAgeBound() {
		Map<String, String> rule = ContentFixture.ruleFields("fever");
		rule.put("when", "\n  all: [fever]\n  minAge: 50\n  ageUnknown: true");
		this.content.rule("fever", rule);
		assertRejected("checklist/rules/fever.yaml", "when.ageUnknown", "cannot be combined with minAge or maxAge");
	}

	@Test
	void theRealEmergencySignsAreAskedOneSignPerBoxWithoutDatingThemToTheBackPain() {
		for (QuestionGroup group : RealRules.questions()) {
			assertThat(group.hint() + group.legend()).as(group.slug()).doesNotContain("since your back pain");
			for (Question question : group.questions()) {
				assertThat(question.label()).as(question.code()).doesNotContain("since your back pain");
				if (group.checkFirst() && !question.code().equals("back-pain-sudden-faint")
						&& !question.code().equals("tummy-and-back-pain-sudden")) {
					assertThat(question.label().replace("pins and needles", "pins-and-needles"))
						.as("one sign per box: %s", question.code())
						.doesNotContain(" and ");
				}
			}
		}
		assertThat(RealRules.questions()).filteredOn(QuestionGroup::checkFirst)
			.filteredOn((group) -> group.slug().matches("check-first-(peeing|pooing|sex|saddle)"))
			.hasSize(4)
			.allSatisfy((group) -> assertThat(group.hint()).contains("new, or not normal for you"));
	}

	private void assertRejected(String file, String field, String problem) {
		this.content.assertRejected(this.loader, file, field, problem);
	}

}
