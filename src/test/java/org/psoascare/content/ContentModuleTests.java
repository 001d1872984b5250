package org.psoascare.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content kernel booted on its own (no other module's beans), given kinds it has
 * never heard of (the test tree's {@link FixtureContent}) and a folder of them: it loads
 * them at start-up, and loading the same folder again changes nothing and tells the other
 * modules what it read.
 */
@ApplicationModuleTest
@Import(FixtureContent.class)
@TestPropertySource(properties = { "spring.flyway.locations=classpath:db/migration,classpath:db/fixture",
		"spring.jpa.mapping-resources=fixtures/content-orm.xml" })
class ContentModuleTests {

	static final Path ROOT = written();

	@Autowired
	ContentLoader loader;

	@Autowired
	FixtureContent.NoteRepository notes;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("psoascare.content.location", () -> ROOT.toUri().toString());
	}

	@Test
	void loadsItsFolderAtStartUpAndPublishesWhatItRead(PublishedEvents events) {
		assertThat(this.notes.findAll()).extracting(FixtureNote::getSlug)
			.as("loaded at start-up")
			.containsExactlyInAnyOrder("psoas", "sciatica");

		LoadReport again = this.loader.load(new ContentFixture(ROOT).source());

		assertThat(again.changedNothing()).isTrue();
		assertThat(events.ofType(ContentReadEvent.class)).singleElement()
			.satisfies((read) -> assertThat(read.documents().all(FixtureContent.SETS, ContentDocument.class))
				.extracting(ContentDocument::slug)
				.containsExactly("evening"));
	}

	private static Path written() {
		try {
			Path root = Files.createTempDirectory("content-module");
			new ContentFixture(root).note("psoas")
				.note("sciatica")
				.set("evening", ContentFixture.setFields("evening", "psoas"));
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
