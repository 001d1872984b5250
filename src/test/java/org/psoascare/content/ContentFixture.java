package org.psoascare.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A content folder written by a test: valid files by default, so each test changes only
 * the one thing it is about. Stretch illustrations come from
 * {@code src/test/resources/fixtures/illustrations/}, which holds knee-hug and bridge
 * (each with both poses) and one-pose (a picture the loader refuses).
 */
public final class ContentFixture {

	private final Path root;

	public ContentFixture(Path root) {
		this.root = root;
	}

	/**
	 * The smallest valid set of practice content the feature loading tests start from:
	 * guides {@code psoas} and {@code sciatica}, stretches {@code knee-hug} and
	 * {@code bridge}, and the routine {@code evening} of {@code knee-hug}.
	 * @param root an empty folder to write the files in
	 */
	public static ContentFixture practice(Path root) {
		ContentFixture content = new ContentFixture(root);
		content.guide("psoas").guide("sciatica");
		content.stretch("knee-hug").stretch("bridge");
		return content.routine("evening", routineFields("evening", "knee-hug"));
	}

	public ContentSource source() {
		return new ContentSource(this.root.toUri().toString());
	}

	/**
	 * Front matter fields of a valid note, the kernel's own fixture kind
	 * ({@code FixtureContent}); change them and pass to note().
	 */
	public static Map<String, String> noteFields(String slug) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", slug);
		fields.put("title", "Note " + slug);
		fields.put("shade", "light-blue");
		fields.put("tags", "[dark-red]");
		fields.put("written", "2026-11-21");
		fields.put("sources", "\n  - title: A source\n    url: https://example.org/source");
		return fields;
	}

	public ContentFixture note(String slug) {
		return note(slug, noteFields(slug), BODY);
	}

	public ContentFixture note(String file, Map<String, String> fields, String body) {
		return write("notes/" + file + ".md", "---\n" + yaml(fields) + "---\n" + body);
	}

	/**
	 * Fields of a valid set, the kernel's other fixture kind, with one step on a note.
	 */
	public static Map<String, String> setFields(String slug, String stepNote) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", slug);
		fields.put("title", "Set " + slug);
		fields.put("steps", "\n  - note: " + stepNote + "\n    seconds: 20");
		return fields;
	}

	public ContentFixture set(String file, Map<String, String> fields) {
		return write("sets/" + file + ".yaml", yaml(fields));
	}

	/**
	 * Front matter fields of a valid guide, in order; change them and pass to guide().
	 */
	public static Map<String, String> guideFields(String slug) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", slug);
		fields.put("title", "Guide " + slug);
		fields.put("summary", "A guide about " + slug + ".");
		fields.put("topic", "psoas");
		fields.put("reviewed", "2026-11-21");
		fields.put("nextReview", "2027-11-21");
		fields.put("sources", "\n  - title: Low back pain and sciatica in over 16s\n    publisher: NICE\n"
				+ "    url: https://www.nice.org.uk/guidance/ng59");
		return fields;
	}

	public static final String BODY = "## First part\n\nThe psoas bends the hip [1].\n\n## Second part\n\nMore words.\n";

	public ContentFixture guide(String slug) {
		return guide(slug, guideFields(slug), BODY);
	}

	public ContentFixture guide(String file, Map<String, String> fields, String body) {
		return write("guides/" + file + ".md", "---\n" + yaml(fields) + "---\n" + body);
	}

	public static Map<String, String> stretchFields(String slug) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", slug);
		fields.put("name", "Stretch " + slug);
		fields.put("kind", "stretch");
		fields.put("targets", "[hip-flexors]");
		fields.put("position", "lying-on-back");
		fields.put("equipment", "[mat]");
		fields.put("summary", "A stretch.");
		fields.put("why", "It helps.");
		fields.put("steps", "\n  - Lie down.\n  - Hug your knee.");
		fields.put("cue", "Hug your knee.");
		fields.put("holdSeconds", "30");
		fields.put("reps", "3");
		fields.put("sides", "each");
		fields.put("breathing", "Breathe slowly.");
		fields.put("cautions", "\n  - Stop if it hurts.");
		fields.put("easier", "Less.");
		fields.put("harder", "More.");
		fields.put("illustrationAlt", "A person lies on their back hugging one knee.");
		fields.put("guides", "[]");
		return fields;
	}

	public ContentFixture stretch(String slug) {
		return stretch(slug, stretchFields(slug));
	}

	public ContentFixture stretch(String file, Map<String, String> fields) {
		return write("stretches/" + file + ".yaml", yaml(fields));
	}

	public static Map<String, String> routineFields(String slug, String stepStretch) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", slug);
		fields.put("title", "Routine " + slug);
		fields.put("summary", "A routine.");
		fields.put("forWhom", "Anyone.");
		fields.put("howOften", "Daily.");
		fields.put("introduction", "Move slowly.");
		fields.put("equipment", "[mat]");
		fields.put("cautions", "\n  - Stop on pain.");
		fields.put("steps",
				"\n  - stretch: " + stepStretch + "\n    holdSeconds: 20\n    reps: 2\n    restSeconds: 10");
		fields.put("guides", "[]");
		return fields;
	}

	public ContentFixture routine(String file, Map<String, String> fields) {
		return write("routines/" + file + ".yaml", yaml(fields));
	}

	public static final String QUESTIONS = """
			slug: signs
			order: 1
			legend: Signs
			questions:
			  - code: fever
			    type: check
			    label: I have a fever
			  - code: leg-pain
			    type: check
			    label: I have leg pain
			  - code: age
			    type: number
			    label: How old are you?
			""";

	public static Map<String, String> ruleFields(String slug) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", slug);
		fields.put("level", "urgent");
		fields.put("when", "\n  all: [fever]");
		fields.put("reason", "You have a fever.");
		fields.put("action", "Get help today.");
		fields.put("explanation", "It can be a sign of infection.");
		fields.put("source", "\n  title: Back pain\n  publisher: NHS\n  url: https://www.nhs.uk/conditions/back-pain/");
		return fields;
	}

	public ContentFixture rule(String file, Map<String, String> fields) {
		return write("checklist/rules/" + file + ".yaml", yaml(fields));
	}

	private static String yaml(Map<String, String> fields) {
		StringBuilder text = new StringBuilder();
		fields.forEach((key, value) -> text.append(key)
			.append(':')
			.append(value.startsWith("\n") ? "" : " ")
			.append(value)
			.append('\n'));
		return text.toString();
	}

	public ContentFixture write(String path, String text) {
		try {
			Path file = this.root.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Loading this folder must fail on this file and field, with this problem. */
	public void assertRejected(ContentLoader loader, String file, String field, String problem) {
		assertThatThrownBy(() -> loader.load(source())).isInstanceOfSatisfying(ContentException.class, (ex) -> {
			assertThat(ex.getFile()).isEqualTo(file);
			assertThat(ex.getField()).isEqualTo(field);
			assertThat(ex.getMessage()).startsWith(file).contains(problem);
		});
	}

	public ContentFixture delete(String path) {
		try {
			Files.delete(this.root.resolve(path));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
