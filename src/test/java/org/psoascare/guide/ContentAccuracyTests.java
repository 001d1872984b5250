package org.psoascare.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks on the real content that keep it accurate and consistent, read straight from the
 * files: sources are complete, shared numbers agree everywhere, every guide reads at or
 * below grade 8, guides that name warning signs say what to do and where, risky stretches
 * declare their movements, and the docs point at nothing outside the repository.
 */
class ContentAccuracyTests {

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private static final Path CONTENT = Path.of("src/main/resources/content");

	/** Owned by the symptom checklist's rewrite; it still names the numbers itself. */

	private static final double MAX_GRADE = 8.0;

	@Test
	void everyGuideStretchAndRuleSourceHasATitleAPublisherAndAUrl() {
		List<Map<String, Object>> sources = new ArrayList<>();
		for (Guide guide : guides()) {
			sources.addAll(list(guide.fields().get("sources"), guide.slug()));
		}
		for (Map.Entry<String, Map<String, Object>> stretch : yamlFiles("stretches").entrySet()) {
			sources.addAll(list(stretch.getValue().get("sources"), stretch.getKey()));
		}
		for (Map.Entry<String, Map<String, Object>> plan : yamlFiles("plans").entrySet()) {
			sources.addAll(list(plan.getValue().get("sources"), plan.getKey()));
		}
		for (Map.Entry<String, Map<String, Object>> rule : yamlFiles("checklist/rules").entrySet()) {
			Object source = rule.getValue().get("source");
			assertThat(source).as("source of rule %s", rule.getKey()).isInstanceOf(Map.class);
			sources.add(asMap(source));
		}
		assertThat(sources).hasSizeGreaterThan(50);
		for (Map<String, Object> source : sources) {
			assertThat(source.get("title")).as("title of %s", source)
				.isInstanceOf(String.class)
				.asString()
				.isNotBlank();
			assertThat(source.get("publisher")).as("publisher of %s", source)
				.isInstanceOf(String.class)
				.asString()
				.isNotBlank();
			assertThat(source.get("url")).as("url of %s", source)
				.isInstanceOf(String.class)
				.asString()
				.matches("https://\\S+");
		}
	}

	@Test
	void everyGuideBodyReadsAtOrBelowGradeEight() {
		Map<String, Double> grades = new LinkedHashMap<>();
		for (Guide guide : guides()) {
			grades.put(guide.slug(), Readability.count(String.join("\n", guide.blocks())).grade());
		}
		assertThat(grades).hasSize(RealContent.guides());
		System.out.println("Flesch-Kincaid grades: " + grades);
		assertThat(grades)
			.allSatisfy((slug, grade) -> assertThat(grade).as("Flesch-Kincaid grade of %s (all: %s)", slug, grades)
				.isLessThanOrEqualTo(MAX_GRADE));
	}

	@Test
	void everyPlanReadsAtOrBelowGradeEight() {
		Map<String, Double> grades = new LinkedHashMap<>();
		for (Map.Entry<String, Map<String, Object>> plan : yamlFiles("plans").entrySet()) {
			List<String> blocks = new ArrayList<>();
			Map<String, Object> fields = plan.getValue();
			for (String field : List.of("summary", "forWhom", "introduction")) {
				blocks.add((String) fields.get(field));
			}
			((List<?>) fields.get("badDay")).forEach((advice) -> blocks.add((String) advice));
			for (Object week : (List<?>) fields.get("weeks")) {
				Map<String, Object> weekFields = asMap(week);
				for (String field : List.of("title", "activity", "readyWhen", "watchFor", "easierBecause")) {
					if (weekFields.get(field) instanceof String text) {
						blocks.add(text);
					}
				}
				for (Object practice : (List<?>) weekFields.get("practice")) {
					blocks.add((String) asMap(practice).get("howOften"));
				}
			}
			grades.put(plan.getKey(), Readability.count(String.join("\n", blocks)).grade());
		}
		assertThat(grades).hasSize(RealContent.plans());
		System.out.println("Flesch-Kincaid grades of plans: " + grades);
		assertThat(grades)
			.allSatisfy((slug, grade) -> assertThat(grade).as("Flesch-Kincaid grade of plan %s (all: %s)", slug, grades)
				.isLessThanOrEqualTo(MAX_GRADE));
	}

	@Test
	void theReadabilityFormulaGivesKnownAnswers() {
		assertThat(Readability.syllables("stretch")).isEqualTo(1);
		assertThat(Readability.syllables("stretches")).isEqualTo(2);
		assertThat(Readability.syllables("release")).isEqualTo(2);
		assertThat(Readability.syllables("moved")).isEqualTo(1);
		assertThat(Readability.syllables("rested")).isEqualTo(2);
		assertThat(Readability.syllables("muscle")).isEqualTo(2);
		assertThat(Readability.syllables("30")).isEqualTo(2);
		Readability.Counts counts = Readability.count("The cat sat on the mat.\n- a list item\n");
		assertThat(counts).isEqualTo(new Readability.Counts(9, 2, 10));
		assertThat(counts.grade()).isCloseTo(0.39 * 9 / 2 + 11.8 * 10 / 9 - 15.59,
				org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void noPageGivesADifferentNumberForTheSameAdvice() {
		Map<String, Object> numbers = yaml(CONTENT.resolve("shared-numbers.yaml"));
		int pressure = (Integer) numbers.get("selfMassagePressureMax");
		int pause = (Integer) numbers.get("selfMassagePauseSeconds");
		int area = (Integer) numbers.get("selfMassageAreaSeconds");
		int hold = (Integer) numbers.get("stretchHoldSeconds");
		List<?> sciaticaHold = (List<?>) numbers.get("sciaticaHoldSeconds");
		int sciaticaRepeats = (Integer) numbers.get("sciaticaRepeats");

		Map<String, String> pages = new LinkedHashMap<>();
		guides().forEach((guide) -> pages.put("guides/" + guide.slug(), String.join("\n", guide.blocks())));
		yamlTexts("stretches").forEach((slug, text) -> pages.put("stretches/" + slug, text));
		yamlTexts("routines").forEach((slug, text) -> pages.put("routines/" + slug, text));
		yamlTexts("plans").forEach((slug, text) -> pages.put("plans/" + slug, text));

		Pattern scale = Pattern.compile("(\\d+)(\\s*(?:to|-|–|or)\\s*\\d+)? out of 10");
		Pattern sentence = Pattern.compile("[^.!?\\n]*(?:[.!?]|$)");
		Pattern seconds = Pattern.compile("(\\d+)(?:\\s*(?:to|-|–|or)\\s*(\\d+))?[ -]seconds?");
		pages.forEach((page, text) -> {
			Matcher onScale = scale.matcher(text);
			while (onScale.find()) {
				assertThat(onScale.group()).as("pressure on %s", page).isEqualTo(pressure + " out of 10");
			}
			Matcher each = sentence.matcher(text);
			while (each.find()) {
				String line = each.group().toLowerCase();
				if (line.matches(".*\\b(paus\\w*|tender spot|sore spot|ease off after|hold for)\\b.*")) {
					assertThat(line).as("pause on %s", page).doesNotContain("few breaths");
					Matcher number = seconds.matcher(line);
					while (number.find()) {
						assertThat(number.group()).as("pause on %s: %s", page, line).isEqualTo(pause + " seconds");
					}
				}
			}
		});
		for (Map.Entry<String, Map<String, Object>> stretch : yamlFiles("stretches").entrySet()) {
			Object kind = stretch.getValue().get("kind");
			if ("stretch".equals(kind)) {
				assertThat(stretch.getValue().get("holdSeconds")).as("hold of %s", stretch.getKey()).isEqualTo(hold);
			}
			if ("self-massage".equals(kind)) {
				assertThat(stretch.getValue().get("holdSeconds")).as("time on one area, %s", stretch.getKey())
					.isEqualTo(area);
			}
		}
		Map<String, Map<String, Object>> stretches = yamlFiles("stretches");
		for (Object step : (List<?>) yamlFiles("routines").get("gentle-sciatica").get("steps")) {
			Map<String, Object> fields = asMap(step);
			if ("stretch".equals(stretches.get(fields.get("stretch")).get("kind"))) {
				assertThat((Integer) fields.get("holdSeconds")).as("sciatica hold, %s", fields)
					.isBetween((Integer) sciaticaHold.get(0), (Integer) sciaticaHold.get(1));
				assertThat(fields.get("reps")).as("sciatica repeats, %s", fields).isEqualTo(sciaticaRepeats);
			}
		}
	}

	@Test
	void everyGuideThatNamesWarningSignsSaysWhatToDoAndWhere() {
		Pattern warning = Pattern.compile("(?i)emergency|A&E|cauda equina|warning sign|genitals|urgent");
		int checked = 0;
		for (Guide guide : guides()) {
			String body = guide.body();
			if (!warning.matcher(body).find()) {
				continue;
			}
			checked++;
			String careLevels = guide.slug().equals("when-to-see-a-professional") ? "## Urgent:"
					: "(/guides/when-to-see-a-professional)";
			assertThat(body).as(guide.slug())
				.contains("{{emergency-number}}", careLevels, "drive yourself", "both legs")
				.doesNotContainPattern("\\b(999|911|112)\\b")
				.doesNotContainPattern("(?i)sudden weakness|suddenly cannot|quickly\\.");
		}
		assertThat(checked).isGreaterThanOrEqualTo(12);
	}

	@Test
	void riskyStretchesDeclareTheirMovements() {
		Map<String, List<String>> expected = Map.ofEntries(
				Map.entry("single-knee-to-chest", List.of("deep-spinal-flexion", "deep-hip-flexion")),
				Map.entry("double-knee-to-chest", List.of("deep-spinal-flexion", "deep-hip-flexion")),
				Map.entry("cat-cow", List.of("deep-spinal-flexion")),
				Map.entry("half-kneeling-hip-flexor-stretch", List.of("hip-extension")),
				Map.entry("standing-hip-flexor-stretch", List.of("hip-extension")),
				Map.entry("low-lunge", List.of("hip-extension")), Map.entry("warrior-one", List.of("hip-extension")),
				Map.entry("thomas-stretch", List.of("hip-extension")),
				Map.entry("foam-roll-glutes", List.of("hip-rotation")),
				Map.entry("supine-figure-four-stretch", List.of("hip-rotation")),
				Map.entry("seated-piriformis-stretch", List.of("hip-rotation")),
				Map.entry("massage-ball-psoas-release", List.of("tummy-pressure")));
		Map<String, Map<String, Object>> stretches = yamlFiles("stretches");
		expected.forEach((slug, movements) -> assertThat(String.valueOf(stretches.get(slug).get("movements")))
			.as("movements of %s", slug)
			.contains(movements));
	}

	@Test
	void theDocsNameNoFileOutsideTheRepository() throws IOException {
		List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> files = Files.list(Path.of("docs"))) {
			files.filter((file) -> file.toString().endsWith(".md")).forEach(docs::add);
		}
		for (Path doc : docs) {
			assertThat(Files.readString(doc)).as(doc.toString()).doesNotContain("../", "shared/", "/work/");
		}
	}

	/** One guide file: its front matter, raw body, and body blocks as plain text. */
	private record Guide(String slug, Map<String, Object> fields, String body, List<String> blocks) {
	}

	private static List<Guide> guides() {
		Parser parser = Parser.builder().build();
		List<Guide> guides = new ArrayList<>();
		for (Path file : files("guides", ".md")) {
			String text = read(file);
			int end = text.indexOf("\n---\n", 4);
			Map<String, Object> fields = new YAMLMapper().readValue(text.substring(4, end), FIELDS);
			String body = text.substring(end + 5);
			String filled = body.replace("{{emergency-number}}", "999").replaceAll("\\[\\d+]", "");
			List<String> blocks = new ArrayList<>();
			parser.parse(filled).accept(new AbstractVisitor() {
				@Override
				public void visit(Paragraph paragraph) {
					blocks.add(text(paragraph));
				}

				@Override
				public void visit(Heading heading) {
					blocks.add(text(heading));
				}
			});
			guides.add(new Guide((String) fields.get("slug"), fields, body, blocks));
		}
		return guides;
	}

	private static String text(Node block) {
		StringBuilder text = new StringBuilder();
		block.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak lineBreak) {
				text.append(' ');
			}

			@Override
			public void visit(HardLineBreak lineBreak) {
				text.append(' ');
			}
		});
		return text.toString().strip();
	}

	private static Map<String, Map<String, Object>> yamlFiles(String folder) {
		Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
		for (Path file : files(folder, ".yaml")) {
			documents.put(file.getFileName().toString().replace(".yaml", ""), yaml(file));
		}
		return documents;
	}

	/** The words of every text field of each YAML file of a folder, one value a line. */
	private static Map<String, String> yamlTexts(String folder) {
		Map<String, String> texts = new LinkedHashMap<>();
		yamlFiles(folder).forEach((slug, fields) -> {
			StringBuilder text = new StringBuilder();
			collectText(fields, text);
			texts.put(slug, text.toString());
		});
		return texts;
	}

	private static void collectText(Object value, StringBuilder text) {
		if (value instanceof String string) {
			text.append(string).append('\n');
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((item) -> collectText(item, text));
		}
		else if (value instanceof List<?> list) {
			list.forEach((item) -> collectText(item, text));
		}
	}

	private static Map<String, Object> yaml(Path file) {
		return new YAMLMapper().readValue(read(file), FIELDS);
	}

	private static List<Map<String, Object>> list(Object value, String owner) {
		if (value == null) {
			return List.of();
		}
		assertThat(value).as("sources of %s", owner).isInstanceOf(List.class);
		return ((List<?>) value).stream().map(ContentAccuracyTests::asMap).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static List<Path> files(String folder, String extension) {
		try (Stream<Path> files = Files.list(CONTENT.resolve(folder))) {
			return files.filter((file) -> file.toString().endsWith(extension)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
