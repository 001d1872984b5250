package org.psoascare.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.psoascare.content.ContentFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide module with only what it may use (content and web). Its guides come from a
 * folder this test writes, because the project's guides name stretches and routines,
 * which are not here; {@link RelatedPractice}, the port the stretch module implements, is
 * mocked for the same reason.
 */
@ApplicationModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
class GuideModuleTests {

	static final List<String> GUIDES = List.of("psoas", "sciatica");

	static final Path ROOT = written();

	@MockitoBean
	RelatedPractice practice;

	@Autowired
	GuideCatalog catalog;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("psoascare.content.location", () -> ROOT.toUri().toString());
	}

	@Test
	void theCatalogListsTheLoadedGuidesWithTheirPages() {
		assertThat(this.catalog.all()).extracting(GuideSummary::slug).containsExactlyInAnyOrderElementsOf(GUIDES);
		assertThat(this.catalog.page("psoas")).hasValueSatisfying((page) -> {
			assertThat(page.title()).isEqualTo("Guide psoas");
			assertThat(page.sources()).isNotEmpty();
		});
	}

	private static Path written() {
		try {
			Path root = Files.createTempDirectory("guide-module");
			ContentFixture content = new ContentFixture(root);
			GUIDES.forEach(content::guide);
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
