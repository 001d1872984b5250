package org.psoascare.checklist;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentEntity;

/**
 * A checklist file as stored: only its slug and fingerprint, which the loader reads to
 * tell what a load changed. The checklist itself is built in memory from the parsed files
 * ({@link Checklist}), never from these rows.
 */
@MappedSuperclass
abstract class StoredChecklistFile implements ContentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String contentHash;

	void copy(ContentDocument document) {
		this.slug = document.slug();
		this.contentHash = document.contentHash();
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	@Override
	public String getContentHash() {
		return this.contentHash;
	}

}
