package org.psoascare.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a checklist POST ({@code application/x-www-form-urlencoded}), read so
 * that one broken pair cannot hide the others. Tomcat's own form parser drops every field
 * when one escape is broken ({@code answer=fever%G0}); a red flag ticked beside it would
 * then be lost. Here each {@code name=value} pair is decoded on its own with the JDK's
 * {@link URLDecoder}, and a pair that cannot be decoded is left out and counted. Nothing
 * read is logged.
 *
 * @param fields each field name with its values, in the order sent
 * @param unreadablePairs how many pairs could not be decoded
 */
record FormBody(Map<String, String[]> fields, int unreadablePairs) {

	/**
	 * Reads the whole body, at most {@code maxBytes} bytes.
	 * @throws BodyTooLargeException when the body is longer than {@code maxBytes}
	 * @throws IOException when the connection fails while reading
	 */
	static FormBody read(InputStream body, int maxBytes) throws IOException {
		byte[] bytes = body.readNBytes(maxBytes + 1);
		if (bytes.length > maxBytes) {
			throw new BodyTooLargeException();
		}
		return parse(new String(bytes, StandardCharsets.ISO_8859_1));
	}

	/** Parses a body already read; its characters are bytes (ISO-8859-1), as sent. */
	static FormBody parse(String body) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		int unreadable = 0;
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			try {
				fields.computeIfAbsent(decode(name), (key) -> new ArrayList<>()).add(decode(value));
			}
			catch (IllegalArgumentException ex) {
				unreadable++;
			}
		}
		Map<String, String[]> arrays = new LinkedHashMap<>();
		fields.forEach((name, values) -> arrays.put(name, values.toArray(String[]::new)));
		return new FormBody(arrays, unreadable);
	}

	/**
	 * Percent-decodes UTF-8; a malformed escape throws, malformed UTF-8 becomes U+FFFD.
	 */
	private static String decode(String text) {
		String utf8 = new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		return URLDecoder.decode(utf8, StandardCharsets.UTF_8);
	}

	/** The body was longer than a checklist form can be. */
	static final class BodyTooLargeException extends RuntimeException {

		BodyTooLargeException() {
			super("The checklist form body is too large", null, false, false);
		}

	}

}
