package org.psoascare.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.Type;

/**
 * A stored note of the kernel's fixture content ({@link FixtureContent}). An entity
 * through {@code fixtures/content-orm.xml}, not {@code @Entity}, so that only the
 * kernel's test slice maps it.
 */
class FixtureNote extends ContentEntity {

	private String title;

	@Type(CodedType.class)
	private FixtureContent.Shade shade;

	private LocalDate written;

	private String bodyHtml;

	@ElementCollection
	@CollectionTable(name = "fixture_note_tag", joinColumns = @JoinColumn(name = "note_id"))
	@Column(name = "tag")
	@OrderColumn(name = "idx")
	@Type(CodedType.class)
	private List<FixtureContent.Shade> tags = new ArrayList<>();

	void copy(FixtureContent.NoteDocument document) {
		copyKey(document);
		this.title = document.title();
		this.shade = document.shade();
		this.written = document.written();
		this.bodyHtml = document.body().html();
		ContentEntity.replace(this.tags, document.tags());
	}

	String getTitle() {
		return this.title;
	}

	FixtureContent.Shade getShade() {
		return this.shade;
	}

	LocalDate getWritten() {
		return this.written;
	}

	String getBodyHtml() {
		return this.bodyHtml;
	}

	List<FixtureContent.Shade> getTags() {
		return this.tags;
	}

}
