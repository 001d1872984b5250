package org.psoascare.checklist;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/clinical-safety-case.md true: every rule has a row with its level and
 * source, every row is a rule, and every test the hazard log names exists.
 */
class ClinicalSafetyCaseTests {

	private static final Path CASE = Path.of("docs/clinical-safety-case.md");

	private static final Pattern RULE_ROW = Pattern
		.compile("^\\| `([a-z0-9-]+)` \\| ([a-z-]+) \\| (.*) \\| \\[(.+)]\\((https://[^)]+)\\), (.+) \\|$");

	private static final Pattern TEST_NAME = Pattern.compile("`([A-Z][A-Za-z]+Tests)(?:\\.([a-z][A-Za-z]+))?`");

	private static final List<String> TEST_PACKAGES = List.of("checklist", "content", "guide", "stretch", "web",
			"browser", "search", "postgres", "plan");

	private static String document() throws IOException {
		return Files.readString(CASE);
	}

	private static Map<String, Matcher> rows() throws IOException {
		String rules = document().substring(document().indexOf("\n## Rules\n"));
		Map<String, Matcher> rows = new HashMap<>();
		for (String line : rules.lines().toList()) {
			Matcher row = RULE_ROW.matcher(line);
			if (row.matches()) {
				assertThat(rows.put(row.group(1), row)).as("one row for %s", row.group(1)).isNull();
			}
		}
		return rows;
	}

	@Test
	void everyRuleHasARowWithItsLevelAndSource() throws IOException {
		Map<String, Matcher> rows = rows();

		for (TriageRule rule : RealRules.rules()) {
			Matcher row = rows.get(rule.slug());
			assertThat(row).as("a row for the rule %s in %s", rule.slug(), CASE).isNotNull();
			assertThat(row.group(2)).as("%s level", rule.slug()).isEqualTo(rule.level().code());
			assertThat(row.group(5)).as("%s source", rule.slug()).isEqualTo(rule.source().url());
			assertThat(row.group(4)).as("%s source title", rule.slug()).isNotBlank();
		}
	}

	@Test
	void everyRowIsARule() throws IOException {
		List<String> slugs = RealRules.rules().stream().map(TriageRule::slug).toList();

		assertThat(rows().keySet())
			.allSatisfy((slug) -> assertThat(slugs).as("rule file for row %s", slug).contains(slug));
	}

	@Test
	void theCountsAreTrue() throws IOException {
		Map<CareLevel, Long> counts = new HashMap<>();
		RealRules.rules().forEach((rule) -> counts.merge(rule.level(), 1L, Long::sum));

		assertThat(document()).contains("Counts: " + counts.get(CareLevel.EMERGENCY) + " emergency, "
				+ counts.get(CareLevel.URGENT) + " urgent, " + counts.get(CareLevel.SOON) + " soon, "
				+ counts.get(CareLevel.SELF_CARE) + " self-care (" + RealRules.rules().size() + " rules).");
	}

	@Test
	void everyTestTheHazardLogNamesExists() throws IOException {
		Matcher names = TEST_NAME.matcher(document());
		int found = 0;
		while (names.find()) {
			Optional<Class<?>> type = testClass(names.group(1));
			assertThat(type).as("test class %s", names.group(1)).isPresent();
			if (names.group(2) != null) {
				String method = names.group(2);
				assertThat(Arrays.stream(type.get().getDeclaredMethods()).map(Method::getName))
					.as("%s.%s", names.group(1), method)
					.contains(method);
			}
			found++;
		}
		assertThat(found).isGreaterThan(20);
	}

	private static Optional<Class<?>> testClass(String simpleName) {
		return TEST_PACKAGES.stream().flatMap((pkg) -> {
			try {
				return Stream.of(Class.forName("org.psoascare." + pkg + "." + simpleName));
			}
			catch (ClassNotFoundException ex) {
				return Stream.empty();
			}
		}).findFirst().map((type) -> (Class<?>) type);
	}

}
