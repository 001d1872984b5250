package org.psoascare.content;

/** A parsed and checked content file, ready to be stored. */
public interface ContentDocument {

	ContentFile source();

	String slug();

	/**
	 * The fingerprint stored with the row: equal fingerprints mean there is nothing to
	 * update. The file's own by default; a type whose rendering depends on settings mixes
	 * them in.
	 */
	default String contentHash() {
		return source().contentHash();
	}

}
