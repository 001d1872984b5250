package org.psoascare.stretch;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoascare.content.ContentFixture;
import org.psoascare.content.ContentFixtureSlice;
import org.psoascare.content.ContentLoader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stretch's enums are stored by their codes, so its columns read the same as its file.
 * {@code content.CodedTypeTests} checks the same for the kernel's own fixture type.
 */
@ContentFixtureSlice
class StretchCodesTests {

	@TempDir
	Path root;

	@Autowired
	ContentLoader loader;

	@Autowired
	StretchRepository stretches;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void storesAndReadsEnumsByTheirCodes() {
		Map<String, String> stretch = ContentFixture.stretchFields("knee-hug");
		stretch.put("targets", "[hip-flexors, low-back]");
		ContentFixture content = new ContentFixture(this.root).guide("psoas").stretch("knee-hug", stretch);

		this.loader.load(content.source());

		assertThat(this.jdbc.queryForObject("select topic from guide where slug = 'psoas'", String.class))
			.isEqualTo("psoas");
		assertThat(this.jdbc.queryForMap("select kind, position, sides from stretch where slug = 'knee-hug'"))
			.containsValues("stretch", "lying-on-back", "each");
		assertThat(this.jdbc.queryForList("select target from stretch_target order by idx", String.class))
			.containsExactly("hip-flexors", "low-back");
		assertThat(this.stretches.findBySlug("knee-hug").orElseThrow()).satisfies((read) -> {
			assertThat(read.getPosition()).isEqualTo(Position.LYING_ON_BACK);
			assertThat(read.getTargets()).containsExactly(TargetArea.HIP_FLEXORS, TargetArea.LOW_BACK);
		});
	}

}
