package org.psoascare.content;

/**
 * A content file breaks a rule. The message names the file and the field so an author can
 * fix it without reading a stack trace.
 */
public class ContentException extends RuntimeException {

	private final String file;

	private final String field;

	public ContentException(String file, String field, String problem) {
		super(file + (field == null ? "" : ", field '" + field + "'") + ": " + problem);
		this.file = file;
		this.field = field;
	}

	public String getFile() {
		return this.file;
	}

	public String getField() {
		return this.field;
	}

}
