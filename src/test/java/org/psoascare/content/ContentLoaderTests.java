package org.psoascare.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The content loader against a real H2 database with the Flyway schema, with the kernel's
 * own fixture kinds ({@link FixtureContent}: notes, and sets whose steps name notes) and
 * no feature's: every rule a file can break stops the load with a message naming the file
 * and the field, loading is idempotent, and a load that fails changes nothing. Each
 * feature's own rules are tested in its package (e.g. {@code guide.GuideLoadingTests},
 * {@code stretch.StretchLoadingTests}).
 */
@ContentKernelSlice
@TestPropertySource(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn" })
public class ContentLoaderTests {

	@TempDir
	Path root;

	@Autowired
	ContentLoader loader;

	@Autowired
	FixtureContent.NoteRepository notes;

	@Autowired
	FixtureContent.SetRepository sets;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	ContentFixture content;

	@BeforeEach
	void validContent() {
		this.content = new ContentFixture(this.root);
		this.content.note("psoas").note("sciatica");
		this.content.set("evening", ContentFixture.setFields("evening", "psoas"));
	}

	@Test
	void loadsValidContentIntoTheStore() {
		LoadReport report = this.loader.load(this.content.source());

		assertThat(report.of(FixtureContent.NOTES).created()).isEqualTo(2);
		assertThat(report.of(FixtureContent.SETS).created()).isEqualTo(1);
		FixtureNote psoas = this.notes.findBySlug("psoas").orElseThrow();
		assertThat(psoas.getTitle()).isEqualTo("Note psoas");
		assertThat(psoas.getShade()).isEqualTo(FixtureContent.Shade.LIGHT_BLUE);
		assertThat(psoas.getWritten()).hasToString("2026-11-21");
		assertThat(psoas.getBodyHtml()).contains("<h2 id=\"first-part\">");
		assertThat(this.sets.findBySlug("evening").orElseThrow()).satisfies((set) -> {
			assertThat(set.getNotes()).containsExactly("psoas");
			assertThat(set.getTotalSeconds()).isEqualTo(20);
		});
	}

	@Test
	void loadingTheSameFilesAgainChangesNothing() {
		LoadReport first = this.loader.load(this.content.source());
		List<Long> ids = this.notes.findAll().stream().map(FixtureNote::getId).sorted().toList();

		LoadReport again = this.loader.load(this.content.source());

		assertThat(again.changedNothing()).isTrue();
		assertThat(again.version()).matches("[0-9a-f]{12}").isEqualTo(first.version());
		assertThat(again.of(FixtureContent.NOTES).unchanged()).isEqualTo(2);
		assertThat(this.notes.findAll().stream().map(FixtureNote::getId).sorted().toList()).isEqualTo(ids);
	}

	@Test
	void aChangedFileUpdatesItsRowAndARemovedFileRemovesIt() {
		LoadReport before = this.loader.load(this.content.source());
		Long psoasId = this.notes.findBySlug("psoas").orElseThrow().getId();
		Map<String, String> changed = ContentFixture.noteFields("psoas");
		changed.put("title", "The psoas, revised");
		this.content.note("psoas", changed, ContentFixture.BODY).delete("notes/sciatica.md");

		LoadReport report = this.loader.load(this.content.source());

		assertThat(report.of(FixtureContent.NOTES)).isEqualTo(new SyncCounts(0, 1, 1, 0));
		assertThat(report.version()).isNotEqualTo(before.version());
		FixtureNote psoas = this.notes.findBySlug("psoas").orElseThrow();
		assertThat(psoas.getId()).isEqualTo(psoasId);
		assertThat(psoas.getTitle()).isEqualTo("The psoas, revised");
		assertThat(this.notes.findBySlug("sciatica")).isEmpty();
	}

	@Test
	void aFileThatBreaksARuleStopsTheLoadBeforeAnythingIsWritten() {
		this.loader.load(this.content.source());
		this.content.note("new-note", without(ContentFixture.noteFields("new-note"), "title"), ContentFixture.BODY);
		Statistics writes = clearedStatistics();

		assertThatThrownBy(() -> this.loader.load(this.content.source())).isInstanceOf(ContentException.class);
		assertThat(this.notes.findBySlug("new-note")).isEmpty();
		assertThat(writes.getEntityInsertCount() + writes.getEntityUpdateCount() + writes.getEntityDeleteCount())
			.as("rows written before the broken file was found")
			.isZero();
	}

	/**
	 * A load that fails after it has written leaves the store as it was. Every file here
	 * is valid, but the database refuses the new set (a check added for this test), so
	 * the load fails in the sets' store step, after the notes' changes were sent to the
	 * database; the loader's one transaction takes them back. The test runs outside a
	 * test transaction, so what it reads afterwards is what the database kept.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aBrokenFileLeavesTheStoreAsItWas() {
		this.loader.load(this.content.source());
		Map<String, String> before = storedHashes();
		Map<String, String> changed = ContentFixture.noteFields("psoas");
		changed.put("title", "The psoas, revised");
		this.content.note("psoas", changed, ContentFixture.BODY).note("new-note").delete("notes/sciatica.md");
		this.content.set("refused", ContentFixture.setFields("refused", "psoas"));
		this.jdbc.execute("alter table fixture_set add constraint test_refuses_set check (slug <> 'refused')");
		try {
			Statistics writes = clearedStatistics();

			assertThatThrownBy(() -> this.loader.load(this.content.source()))
				.isInstanceOf(DataIntegrityViolationException.class);
			// The notes were sent to the database before the failure: one inserted, one
			// updated, one deleted (if notes were ever stored after sets, this fails
			// first: the test would no longer prove a rollback). Had they been committed
			// on their own, the store below would have changed: with a commit after each
			// content type's store step, this test fails on the next assertion.
			EntityStatistics noteWrites = writes.getEntityStatistics(FixtureNote.class.getName());
			assertThat(List.of(noteWrites.getInsertCount(), noteWrites.getUpdateCount(), noteWrites.getDeleteCount()))
				.as("note rows inserted, updated and deleted before the set was refused")
				.containsExactly(1L, 1L, 1L);
			assertThat(storedHashes()).isEqualTo(before);
			assertThat(this.notes.findBySlug("psoas").orElseThrow().getTitle()).isEqualTo("Note psoas");
		}
		finally {
			this.jdbc.execute("alter table fixture_set drop constraint test_refuses_set");
			emptyTheStore();
		}
	}

	@Test
	void missingRequiredField() {
		this.content.note("psoas", without(ContentFixture.noteFields("psoas"), "title"), ContentFixture.BODY);
		assertRejected("notes/psoas.md", "title", "is required");
	}

	@Test
	void unknownCode() {
		noteWith("shade", "green");
		assertRejected("notes/psoas.md", "shade", "unknown value 'green'; expected one of: light-blue, dark-red");
	}

	@Test
	void repeatedCode() {
		noteWith("tags", "[dark-red, dark-red]");
		assertRejected("notes/psoas.md", "tags", "dark-red");
	}

	@Test
	void badDate() {
		noteWith("written", "2026-13-40");
		assertRejected("notes/psoas.md", "written", "'2026-13-40' is not a date");
	}

	@Test
	void duplicateSlug() {
		this.content.note("psoas-copy", ContentFixture.noteFields("psoas"), ContentFixture.BODY);
		assertRejected("notes/psoas.md", "slug", "'psoas' is already used by notes/psoas-copy.md");
	}

	@Test
	void referenceToAnItemThatDoesNotExist() {
		noteWith("related", "[sciatica, knees]");
		assertRejected("notes/psoas.md", "related", "'knees' is not a known item of notes");
	}

	@Test
	void referenceFromAnotherKind() {
		this.content.set("evening", ContentFixture.setFields("evening", "cartwheel"));
		assertRejected("sets/evening.yaml", "steps[1].note", "'cartwheel' is not a known item of notes");
	}

	@Test
	void misspeltFieldName() {
		noteWith("titel", "Typo.");
		assertRejected("notes/psoas.md", "titel", "is not a known field; did you mean 'title'?");
	}

	@Test
	void misspeltFieldNameInAStepGetsTheNearestFieldOfTheStep() {
		Map<String, String> fields = ContentFixture.setFields("evening", "psoas");
		fields.put("steps", "\n  - note: psoas\n    secnds: 20");
		this.content.set("evening", fields);
		assertRejected("sets/evening.yaml", "steps[1].secnds", "is not a known field; did you mean 'seconds'?");
	}

	@Test
	void unknownFieldLikeNoKnownOneListsTheKnownFields() {
		noteWith("colour", "blue");
		assertRejected("notes/psoas.md", "colour",
				"is not a known field; the known fields here are: related, shade, slug, sources, tags, title, written");
	}

	@Test
	void nonPositiveNumberInAStep() {
		Map<String, String> fields = ContentFixture.setFields("evening", "psoas");
		fields.put("steps", "\n  - note: psoas\n    seconds: 0");
		this.content.set("evening", fields);
		assertRejected("sets/evening.yaml", "steps[1].seconds", "must be a positive whole number");
	}

	@Test
	void textWhereANumberBelongs() {
		Map<String, String> fields = ContentFixture.setFields("evening", "psoas");
		fields.put("steps", "\n  - note: psoas\n    seconds: twenty");
		this.content.set("evening", fields);
		assertRejected("sets/evening.yaml", "steps[1].seconds", "twenty");
	}

	@Test
	void sourceWithoutAnAddress() {
		noteWith("sources", "\n  - title: A book\n    url: ftp://example.org/book");
		assertRejected("notes/psoas.md", "sources[1].url", "must be an http or https address");
	}

	@Test
	void fileWithoutFrontMatter() {
		this.content.write("notes/psoas.md", "Just text.\n");
		assertRejected("notes/psoas.md", null, "must start with front matter");
	}

	@Test
	void invalidYaml() {
		noteWith("title", "[unclosed");
		assertRejected("notes/psoas.md", null, "is not valid YAML");
	}

	@Test
	void invalidYamlInAYamlKind() {
		this.content.write("sets/evening.yaml", "slug: evening\ntitle: [unclosed\n");
		assertRejected("sets/evening.yaml", null, "is not valid YAML");
	}

	@Test
	void anEmptyFolderEmptiesTheStore() {
		this.loader.load(this.content.source());
		this.content.delete("sets/evening.yaml").delete("notes/psoas.md").delete("notes/sciatica.md");

		LoadReport report = this.loader.load(this.content.source());

		assertThat(report.of(FixtureContent.NOTES)).isEqualTo(new SyncCounts(0, 0, 2, 0));
		assertThat(report.of(FixtureContent.SETS)).isEqualTo(new SyncCounts(0, 0, 1, 0));
		assertThat(this.notes.count() + this.sets.count()).isZero();
	}

	/** Every stored note and set as kind/slug to content hash. */
	private Map<String, String> storedHashes() {
		Map<String, String> hashes = new TreeMap<>();
		this.notes.findAll().forEach((note) -> hashes.put("notes/" + note.getSlug(), note.getContentHash()));
		this.sets.findAll().forEach((set) -> hashes.put("sets/" + set.getSlug(), set.getContentHash()));
		return hashes;
	}

	/** Hibernate's counts of the rows sent to the database, from zero. */
	private Statistics clearedStatistics() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		return statistics;
	}

	/**
	 * Loads an empty folder, so a test that committed leaves nothing for the next one.
	 */
	private void emptyTheStore() {
		try {
			this.loader.load(new ContentFixture(Files.createDirectories(this.root.resolve("empty"))).source());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void noteWith(String field, String value) {
		Map<String, String> fields = ContentFixture.noteFields("psoas");
		fields.put(field, value);
		this.content.note("psoas", fields, ContentFixture.BODY);
	}

	private static Map<String, String> without(Map<String, String> fields, String field) {
		fields.remove(field);
		return fields;
	}

	private void assertRejected(String file, String field, String problem) {
		this.content.assertRejected(this.loader, file, field, problem);
	}

}
