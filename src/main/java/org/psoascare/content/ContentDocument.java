package org.psoascare.content;

/** A parsed and checked content file, ready to be stored. */
public interface ContentDocument {

	ContentFile source();

	String slug();

}
