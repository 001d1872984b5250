package org.psoascare.content;

import java.util.List;

/**
 * One kind of content (guides, stretches, ...): where its files are, how one file becomes
 * a checked document, which other content it refers to, and how documents are stored.
 * Adding a kind of content is adding a bean of this type; the {@link ContentLoader} does
 * the rest.
 *
 * @param <D> the parsed document
 */
public interface ContentType<D extends ContentDocument> {

	/** The folder under the content root, e.g. {@code guides}; also the kind's name. */
	String folder();

	/** The file extension without a dot, e.g. {@code md}. */
	String extension();

	/** Reads and checks one file on its own; throws {@link ContentException}. */
	D parse(ContentFile file);

	/** Checks what the document refers to, now that every file has been read. */
	default void checkReferences(D document, ContentIndex index) {
	}

	/** Makes the store match the documents: insert, update, delete. */
	SyncCounts store(List<D> documents);

}
