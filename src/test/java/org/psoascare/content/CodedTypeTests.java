package org.psoascare.content;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enums are stored by their codes ({@link CodedType}), in a column and in an element
 * collection, so the tables read the same as the files; shown with the kernel's fixture
 * notes, whose shade and tags are {@link Coded}.
 */
@ContentKernelSlice
class CodedTypeTests {

	@TempDir
	Path root;

	@Autowired
	ContentLoader loader;

	@Autowired
	FixtureContent.NoteRepository notes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void storesAndReadsEnumsByTheirCodes() {
		Map<String, String> note = ContentFixture.noteFields("psoas");
		note.put("shade", "dark-red");
		note.put("tags", "[light-blue, dark-red]");
		ContentFixture content = new ContentFixture(this.root).note("psoas", note, ContentFixture.BODY);

		this.loader.load(content.source());

		assertThat(this.jdbc.queryForObject("select shade from fixture_note where slug = 'psoas'", String.class))
			.isEqualTo("dark-red");
		assertThat(this.jdbc.queryForList("select tag from fixture_note_tag order by idx", String.class))
			.containsExactly("light-blue", "dark-red");
		assertThat(this.notes.findBySlug("psoas").orElseThrow()).satisfies((read) -> {
			assertThat(read.getShade()).isEqualTo(FixtureContent.Shade.DARK_RED);
			assertThat(read.getTags()).containsExactly(FixtureContent.Shade.LIGHT_BLUE, FixtureContent.Shade.DARK_RED);
		});
	}

}
