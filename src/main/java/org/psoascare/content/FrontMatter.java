package org.psoascare.content;

/**
 * A Markdown file that opens with YAML fields between two {@code ---} lines.
 *
 * @param fields the front matter, bound and checked by {@link ContentYaml}
 * @param body the Markdown after it
 * @param <T> the record the front matter binds to
 */
public record FrontMatter<T>(T fields, String body) {

	private static final String FENCE = "---";

	/**
	 * Splits the file and binds its front matter.
	 * @throws ContentException when there is no front matter or a field breaks a rule
	 */
	public static <T> FrontMatter<T> read(ContentFile file, Class<T> type) {
		String text = file.text().replace("\r\n", "\n");
		if (!text.startsWith(FENCE + "\n")) {
			throw file.error(null, "must start with front matter: a line '---', the fields, and another '---'");
		}
		int end = text.indexOf("\n" + FENCE + "\n", FENCE.length());
		if (end < 0) {
			throw file.error(null, "front matter is not closed by a line '---'");
		}
		String yaml = text.substring(FENCE.length() + 1, end + 1);
		String body = text.substring(end + FENCE.length() + 2);
		return new FrontMatter<>(ContentYaml.read(file, yaml, type), body);
	}

}
