package org.psoascare.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One content file as read from disk or the classpath.
 *
 * @param path the path shown to authors, relative to the content root, e.g.
 * {@code guides/psoas.md}
 * @param text the file's text
 */
public record ContentFile(String path, String text) {

	/**
	 * Bump when rendering changes, so that every row is rewritten once even though its
	 * file did not change.
	 */
	static final String FORMAT_VERSION = "1";

	public ContentException error(String field, String problem) {
		return new ContentException(this.path, field, problem);
	}

	/** A fingerprint of the file: equal fingerprints mean there is nothing to update. */
	public String contentHash() {
		return contentHash("");
	}

	/**
	 * A fingerprint of the file together with settings that change what it renders to
	 * (such as the values of its placeholders), so a changed setting rewrites the row.
	 */
	public String contentHash(String settings) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(FORMAT_VERSION.getBytes(StandardCharsets.UTF_8));
			if (!settings.isEmpty()) {
				digest.update(settings.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest(this.text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
