package org.psoascare.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.psoascare.content.ContentEntity;

/** A triage rule as stored: its checked file text, rebuilt into a {@link TriageRule} when content loads. */
@Entity
@Table(name = "checklist_rule")
public class StoredTriageRule implements ContentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String level;

	private String definition;

	private String contentHash;

	void copy(TriageRuleContent.Document document) {
		this.slug = document.slug();
		this.level = document.rule().level().code();
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
