package org.psoascare.checklist;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.psoascare.content.ContentEntity;
import org.psoascare.content.ContentFile;

/**
 * A checklist file as stored: its checked text, rebuilt into questions or rules when
 * content loads ({@link Checklist}).
 */
@MappedSuperclass
abstract class StoredDefinition implements ContentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String definition;

	private String contentHash;

	void copy(String slug, ContentFile source) {
		this.slug = slug;
		this.definition = source.text();
		this.contentHash = source.contentHash();
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
