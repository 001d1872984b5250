package org.psoascare.content;

import java.util.List;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A stored row made from one content file: its generated id, the file's slug and the
 * fingerprint of what it was made from, which {@link ContentSync} compares to tell what a
 * load changed. Each kind's entity adds its own columns.
 */
@MappedSuperclass
public abstract class ContentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String contentHash;

	/** Replaces a mapped list's items in place, as JPA wants for collections. */
	public static <T> void replace(List<T> list, List<? extends T> values) {
		list.clear();
		list.addAll(values);
	}

	/** Takes the slug and fingerprint of the document this row is made from. */
	protected void copyKey(ContentDocument document) {
		this.slug = document.slug();
		this.contentHash = document.contentHash();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	/**
	 * The {@link ContentDocument#contentHash()} of the document the row was made from.
	 */
	public String getContentHash() {
		return this.contentHash;
	}

}
