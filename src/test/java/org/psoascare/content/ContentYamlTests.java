package org.psoascare.content;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Binding is strict: what YAML or Jackson would quietly accept is refused, and every
 * problem names the file and the field as the author wrote it.
 */
class ContentYamlTests {

	enum Colour implements Coded {

		DARK_RED, BLUE

	}

	record Item(@Slug String slug, @NotBlank String title, @Positive Integer count, LocalDate date, boolean flag,
			Colour colour, @NoRepeats List<@Slug String> links, List<@NotNull @Valid Part> parts) {
	}

	record Part(@NotBlank String name) {
	}

	@Test
	void bindsTextStrippedAndListsLeftOutAsEmpty() {
		Item item = read("slug: a-b\ntitle: |\n  Some text\ncolour: dark-red\ndate: 2026-02-28\n");
		assertThat(item.title()).isEqualTo("Some text");
		assertThat(item.colour()).isEqualTo(Colour.DARK_RED);
		assertThat(item.date()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(item.links()).isEmpty();
		assertThat(item.flag()).isFalse();
	}

	@Test
	void refusesWhatWouldBeCoerced() {
		assertRejected("slug: a\ntitle: 2026\n", "title", "must be text (put the value in quotes)");
		assertRejected("slug: a\ntitle: T\ncount: '3'\n", "count", "must be a positive whole number, not '3'");
		assertRejected("slug: a\ntitle: T\ncount: 2.5\n", "count", "must be a positive whole number, not '2.5'");
		assertRejected("slug: a\ntitle: T\nflag: 'yes'\n", "flag", "must be true or false");
		assertRejected("slug: a\ntitle: T\ncolour: 1\n", "colour", "must be text");
		assertRejected("slug: a\ntitle: T\ndate: 2026-02-30\n", "date", "'2026-02-30' is not a date");
		assertRejected("slug: a\ntitle: T\nlinks: b\n", "links", "must be a list");
		assertRejected("slug: a\ntitle: T\nparts: [b]\n", "parts[1]", "must be a block of fields");
	}

	@Test
	void refusesUnknownFieldsRepeatedKeysAndBrokenYaml() {
		assertRejected("slug: a\ntitle: T\ntitel: T\n", "titel", "is not a known field; did you mean 'title'?");
		assertRejected("slug: a\ntitle: T\nparts:\n  - name: n\n    nme: n\n", "parts[1].nme",
				"is not a known field; did you mean 'name'?");
		assertRejected("slug: a\ntitle: T\ntitle: U\n", null, "is not valid YAML");
		assertRejected("slug: a\ntitle: [T\n", null, "is not valid YAML");
		assertRejected("- a\n- b\n", null, "must hold a block of fields");
		assertRejected("", null, "must hold a block of fields");
	}

	@Test
	void reportsConstraintsByField() {
		assertRejected("title: T\n", "slug", "is required");
		assertRejected("slug: ''\ntitle: T\n", "slug", "must not be empty");
		assertRejected("slug: A b\ntitle: T\n", "slug", "'A b' is not a slug");
		assertRejected("slug: a\ntitle: T\ncount: 0\n", "count", "must be a positive whole number, not '0'");
		assertRejected("slug: a\ntitle: T\nlinks: [b, C]\n", "links", "'C' is not a slug");
		assertRejected("slug: a\ntitle: T\nlinks: [b, b]\n", "links", "lists 'b' twice");
		assertRejected("slug: a\ntitle: T\ncolour: red\n", "colour",
				"unknown value 'red'; expected one of: dark-red, blue");
		assertRejected("slug: a\ntitle: T\nparts:\n  - name: ' '\n", "parts[1].name", "must not be empty");
	}

	private static Item read(String yaml) {
		return ContentYaml.read(new ContentFile("items/a.yaml", yaml), Item.class);
	}

	private static void assertRejected(String yaml, String field, String problem) {
		assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(ContentException.class, (ex) -> {
			assertThat(ex.getField()).isEqualTo(field);
			assertThat(ex.getMessage()).startsWith("items/a.yaml").contains(problem);
		});
	}

}
