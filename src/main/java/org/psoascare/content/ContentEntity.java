package org.psoascare.content;

/** A stored row made from one content file. */
public interface ContentEntity {

	String getSlug();

	/** The {@link ContentFile#contentHash()} of the file the row was made from. */
	String getContentHash();

}
