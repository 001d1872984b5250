package org.psoascare.content;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/**
 * A stored set of the kernel's fixture content ({@link FixtureContent}): its steps' notes
 * in order and their total length. An entity through {@code fixtures/content-orm.xml}.
 */
class FixtureSet extends ContentEntity {

	private String title;

	private int totalSeconds;

	@ElementCollection
	@CollectionTable(name = "fixture_set_note", joinColumns = @JoinColumn(name = "set_id"))
	@Column(name = "note_slug")
	@OrderColumn(name = "idx")
	private List<String> notes = new ArrayList<>();

	void copy(FixtureContent.SetDocument document) {
		copyKey(document);
		this.title = document.title();
		this.totalSeconds = document.steps().stream().mapToInt(FixtureContent.Step::seconds).sum();
		ContentEntity.replace(this.notes, document.steps().stream().map(FixtureContent.Step::note).toList());
	}

	String getTitle() {
		return this.title;
	}

	int getTotalSeconds() {
		return this.totalSeconds;
	}

	List<String> getNotes() {
		return this.notes;
	}

}
