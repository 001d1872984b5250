package org.psoascare.content;

import java.util.List;

/** A stored row made from one content file. */
public interface ContentEntity {

	/** Replaces a mapped list's items in place, as JPA wants for collections. */
	static <T> void replace(List<T> list, List<? extends T> values) {
		list.clear();
		list.addAll(values);
	}

	String getSlug();

	/**
	 * The {@link ContentDocument#contentHash()} of the document the row was made from.
	 */
	String getContentHash();

}
