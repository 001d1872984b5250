package org.psoascare.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;
import org.springframework.data.repository.core.support.PersistenceExceptionTranslationRepositoryProxyPostProcessor;
import org.springframework.orm.jpa.SharedEntityManagerCreator;

/**
 * Two kinds of content that belong to no feature, for the kernel's own tests: notes
 * (Markdown with front matter, {@code notes/*.md}) and sets (YAML, {@code sets/*.yaml},
 * whose steps name notes). Between them they use what a feature's content type uses:
 * front matter and YAML binding, the constraints, an enum written by its code, Markdown,
 * references checked through the {@link ContentIndex}, and {@link ContentSync} into a
 * real table. Notes are stored before sets (folder order).
 * <p>
 * A plain class, not {@code @Configuration}, imported by {@link ContentKernelSlice} only.
 */
class FixtureContent {

	static final String NOTES = "notes";

	static final String SETS = "sets";

	private final Markdown markdown;

	private final NoteRepository notes;

	private final SetRepository sets;

	FixtureContent(Markdown markdown, EntityManagerFactory entityManagerFactory, ListableBeanFactory beans) {
		this.markdown = markdown;
		JpaRepositoryFactory repositories = new JpaRepositoryFactory(
				SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory));
		// As Spring Data does for the features' repositories: database errors become
		// Spring's DataAccessExceptions.
		repositories
			.addRepositoryProxyPostProcessor(new PersistenceExceptionTranslationRepositoryProxyPostProcessor(beans));
		this.notes = repositories.getRepository(NoteRepository.class);
		this.sets = repositories.getRepository(SetRepository.class);
	}

	@Bean
	NoteRepository fixtureNotes() {
		return this.notes;
	}

	@Bean
	SetRepository fixtureSets() {
		return this.sets;
	}

	@Bean
	ContentType<NoteDocument> noteType() {
		return ContentType
			.of(NOTES, "md", this::parseNote, ContentSync.into(this.notes, FixtureNote::new, FixtureNote::copy))
			.withReferences((note, index) -> index.requireAll(note, "related", NOTES, note.related()));
	}

	@Bean
	ContentType<SetDocument> setType() {
		return ContentType
			.of(SETS, "yaml", (file) -> parseSet(file), ContentSync.into(this.sets, FixtureSet::new, FixtureSet::copy))
			.withReferences(FixtureContent::checkSteps);
	}

	NoteDocument parseNote(ContentFile file) {
		FrontMatter<NoteFields> frontMatter = FrontMatter.read(file, NoteFields.class);
		NoteFields fields = frontMatter.fields();
		Markdown.Rendered body = this.markdown.render(file, "body", frontMatter.body());
		return new NoteDocument(file, fields.slug(), fields.title(), fields.shade(), fields.tags(), fields.written(),
				fields.related(), body);
	}

	static SetDocument parseSet(ContentFile file) {
		SetFields fields = ContentYaml.read(file, SetFields.class);
		return new SetDocument(file, fields.slug(), fields.title(), fields.steps());
	}

	private static void checkSteps(SetDocument set, ContentIndex index) {
		for (int i = 0; i < set.steps().size(); i++) {
			index.requireAll(set, "steps[" + (i + 1) + "].note", NOTES, List.of(set.steps().get(i).note()));
		}
	}

	/** A colour written by its code ({@code light-blue}), stored by it too. */
	enum Shade implements Coded {

		LIGHT_BLUE, DARK_RED

	}

	record Source(@NotBlank String title, @NotBlank @WebAddress String url) {
	}

	record NoteFields(@Slug String slug, @NotBlank String title, @NotNull Shade shade,
			@NoRepeats List<@NotNull Shade> tags, @NotNull LocalDate written,
			@NotEmpty(message = "needs at least one source") List<@NotNull @Valid Source> sources,
			@NoRepeats List<@Slug String> related) {
	}

	record NoteDocument(ContentFile source, String slug, String title, Shade shade, List<Shade> tags, LocalDate written,
			List<String> related, Markdown.Rendered body) implements ContentDocument {
	}

	record Step(@Slug String note, @NotNull @Positive Integer seconds) {
	}

	record SetFields(@Slug String slug, @NotBlank String title,
			@NotEmpty(message = "needs at least one step") List<@NotNull @Valid Step> steps) {
	}

	record SetDocument(ContentFile source, String slug, String title, List<Step> steps) implements ContentDocument {
	}

	interface NoteRepository extends JpaRepository<FixtureNote, Long> {

		Optional<FixtureNote> findBySlug(String slug);

	}

	interface SetRepository extends JpaRepository<FixtureSet, Long> {

		Optional<FixtureSet> findBySlug(String slug);

	}

}
