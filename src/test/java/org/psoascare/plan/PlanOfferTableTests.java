package org.psoascare.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;
import org.psoascare.plan.PlanViews.PlanOffer;
import org.psoascare.plan.PlanViews.WeekView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist-to-plan table, against {@link PlanCatalog#forResult}, the door the
 * checklist result uses: every self-care pattern rule in the content, under every set of
 * exclusions, at every care level, at 16 and over and under 16. What a rule avoids and
 * what a stretch's movements are is read straight from the files, not from the code under
 * test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanOfferTableTests {

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private static final YAMLMapper YAML = new YAMLMapper();

	@Autowired
	PlanCatalog catalog;

	/** Every checklist rule that names a self-care pattern, by slug. */
	static Map<String, Map<String, Object>> patternRules() {
		Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
		for (Path file : RealContent.files("checklist/rules", "yaml")) {
			Map<String, Object> rule = read(file);
			if (rule.containsKey("pattern") && "self-care".equals(rule.get("level"))) {
				rules.put((String) rule.get("slug"), rule);
			}
		}
		return rules;
	}

	/** Each stretch's movements, from its file. */
	static Map<String, List<String>> movements() {
		Map<String, List<String>> movements = new LinkedHashMap<>();
		for (Path file : RealContent.files("stretches", "yaml")) {
			Map<String, Object> stretch = read(file);
			Object declared = stretch.get("movements");
			movements.put((String) stretch.get("slug"),
					(declared instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of());
		}
		return movements;
	}

	@Test
	void everySelfCarePatternHasAPlanUnderEverySetOfExclusionsThatHoldsNothingTheyRuleOut() {
		Map<String, Map<String, Object>> rules = patternRules();
		assertThat(rules).as("the checklist's self-care patterns").hasSizeGreaterThanOrEqualTo(4);
		Map<String, List<String>> movements = movements();
		int rows = 0;
		for (Map.Entry<String, Map<String, Object>> rule : rules.entrySet()) {
			for (Set<Exclusion> exclusions : Exclusion.everyCombination()) {
				Optional<PlanOffer> offer = this.catalog.forResult("self-care", List.of(rule.getKey()), exclusions,
						false);
				assertThat(offer).as("plan for %s with %s", rule.getKey(), exclusions).isPresent();
				assertThat(this.catalog.forPattern(rule.getKey(), exclusions)).isEqualTo(offer);
				assertThat(offer.get().exclusions()).isEqualTo(exclusions);
				assertThat(offer.get().path()).startsWith("/plans/" + offer.get().slug());
				exclusions.forEach((e) -> assertThat(offer.get().path()).contains(e.code()));
				List<WeekView> weeks = this.catalog.weeks(offer.get().slug(), exclusions).orElseThrow();
				List<String> done = stretchesDone(weeks);
				assertThat(done).as("stretches of %s with %s", offer.get().slug(), exclusions).isNotEmpty();
				for (String stretch : done) {
					for (Exclusion exclusion : exclusions) {
						assertThat(movements.get(stretch))
							.as("%s in %s, with %s", stretch, offer.get().slug(), exclusion)
							.noneMatch(exclusion.rulesOut().stream().map((m) -> m.code()).toList()::contains);
					}
				}
				List<String> avoided = avoided(rule.getValue());
				assertThat(done).as("%s holds a stretch its pattern rule avoids (%s)", offer.get().slug(), avoided)
					.noneMatch(avoided::contains);
				weeks.forEach((week) -> assertThat(week.practice().stream().anyMatch((p) -> !p.steps().isEmpty()))
					.as("week %d of %s with %s keeps something to do", week.number(), offer.get().slug(), exclusions)
					.isTrue());
				rows++;
			}
		}
		assertThat(rows).isEqualTo(rules.size() * (1 << Exclusion.values().length));
	}

	@Test
	void eachPatternLeadsToItsOwnPlan() {
		Set<String> slugs = patternRules().keySet()
			.stream()
			.map((rule) -> this.catalog.forPattern(rule, Set.of()).orElseThrow().slug())
			.collect(Collectors.toSet());
		assertThat(slugs).hasSize(patternRules().size());
	}

	@Test
	void atSoonTheWhileYouWaitPlanIsOfferedWhateverThePattern() {
		for (Set<Exclusion> exclusions : Exclusion.everyCombination()) {
			PlanOffer offer = this.catalog.forResult("soon", List.copyOf(patternRules().keySet()), exclusions, false)
				.orElseThrow();
			assertThat(this.catalog.summary(offer.slug()).orElseThrow().level()).isEqualTo(PlanLevel.SOON);
			assertThat(offer).isEqualTo(this.catalog.whileWaiting(exclusions).orElseThrow());
		}
	}

	@Test
	void noPlanAtUrgentOrEmergencyNorUnderSixteenAtAnyLevel() {
		List<String> patterns = new ArrayList<>(patternRules().keySet());
		for (Set<Exclusion> exclusions : Exclusion.everyCombination()) {
			for (String level : List.of("emergency", "urgent")) {
				assertThat(this.catalog.forResult(level, patterns, exclusions, false)).as(level).isEmpty();
			}
			for (String level : List.of("emergency", "urgent", "soon", "self-care")) {
				assertThat(this.catalog.forResult(level, patterns, exclusions, true)).as("under 16, %s", level)
					.isEmpty();
			}
		}
	}

	@Test
	void atSelfCareWithNoPatternNoPlanIsOffered() {
		assertThat(this.catalog.forResult("self-care", List.of(), Set.of(), false)).isEmpty();
		assertThat(this.catalog.forResult("self-care", List.of("osteoporosis-neutral-spine"), Set.of(), false))
			.isEmpty();
	}

	@Test
	void theChecklistAnswersThatShapeAPlanAreQuestionsTheChecklistAsks() {
		String questions = RealContent.files("checklist/questions", "yaml")
			.stream()
			.map(PlanOfferTableTests::text)
			.collect(Collectors.joining("\n"));
		for (String code : List.of("osteoporosis", "long-term-steroids", "hip-replacement", "pain-tummy")) {
			assertThat(questions).as("question %s", code).contains("code: " + code + "\n");
		}
		assertThat(Exclusion.fromChecklistAnswers(List.of("osteoporosis", "hip-replacement", "age")))
			.isEqualTo(EnumSet.of(Exclusion.OSTEOPOROSIS, Exclusion.HIP_REPLACEMENT));
		assertThat(Exclusion.fromChecklistAnswers(List.of("long-term-steroids")))
			.isEqualTo(EnumSet.of(Exclusion.OSTEOPOROSIS));
		assertThat(Exclusion.fromChecklistAnswers(List.of("pain-tummy")))
			.isEqualTo(EnumSet.of(Exclusion.TUMMY_MASSAGE));
	}

	@Test
	void theAddressCarriesTheExclusionsInOneOrderAndNothingElse() {
		assertThat(PlanCatalog.path("sciatica-plan", 1, Set.of())).isEqualTo("/plans/sciatica-plan");
		assertThat(PlanCatalog.path("sciatica-plan", 2, EnumSet.of(Exclusion.PREGNANCY, Exclusion.OSTEOPOROSIS)))
			.isEqualTo("/plans/sciatica-plan?week=2&without=osteoporosis,pregnancy");
	}

	private static List<String> stretchesDone(List<WeekView> weeks) {
		return weeks.stream()
			.flatMap((week) -> week.practice().stream())
			.flatMap((practice) -> practice.steps().stream())
			.map(PlanViews.StepView::stretchSlug)
			.distinct()
			.toList();
	}

	private static List<String> avoided(Map<String, Object> rule) {
		if (rule.get("avoid") instanceof Map<?, ?> avoid && avoid.get("stretches") instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	private static Map<String, Object> read(Path file) {
		return YAML.readValue(text(file), FIELDS);
	}

	private static String text(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
