package org.psoascare.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.psoascare.content.ContentEntity;

/** A checklist question group as stored: its checked file text, rebuilt into a {@link QuestionGroup} when content loads. */
@Entity
@Table(name = "checklist_question_group")
public class StoredQuestionGroup implements ContentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private int position;

	private String definition;

	private String contentHash;

	void copy(QuestionGroupContent.Document document) {
		this.slug = document.slug();
		this.position = document.group().order();
		this.definition = document.source().text();
		this.contentHash = document.source().contentHash();
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	@Override
	public String getContentHash() {
		return this.contentHash;
	}

	String getDefinition() {
		return this.definition;
	}

}
