package org.psoascare.content;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named values a content author may write as {@code {{name}}} in Markdown, filled in at
 * load time, such as {@code {{emergency-number}}} for the emergency number setting. A
 * name that is not known, or a {@code {{} or {@code }}} that is not part of a whole
 * placeholder, is an error, so a typing slip can never reach a reader as raw braces or as
 * a blank where a number should be.
 */
public final class Placeholders {

	private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	private static final Placeholders NONE = new Placeholders(Map.of());

	private final Map<String, String> values;

	private Placeholders(Map<String, String> values) {
		this.values = values;
	}

	/** No placeholders at all: any {@code {{...}}} is an error. */
	public static Placeholders none() {
		return NONE;
	}

	/**
	 * Placeholders with these values.
	 * @param values each name (lower-case words joined by hyphens) and its value, which
	 * must not be blank
	 */
	public static Placeholders of(Map<String, String> values) {
		Map<String, String> checked = new TreeMap<>();
		values.forEach((name, value) -> {
			if (!NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("'" + name + "' is not a placeholder name");
			}
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException("the placeholder '" + name + "' has no value");
			}
			checked.put(name, value.strip());
		});
		return new Placeholders(Map.copyOf(checked));
	}

	/**
	 * The text with every placeholder replaced by its value.
	 * @throws ContentException naming the file and field when a placeholder is unknown or
	 * a brace pair is left unclosed
	 */
	public String fill(ContentFile file, String field, String text) {
		if (!text.contains("{{") && !text.contains("}}")) {
			return text;
		}
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = this.values.get(name);
			if (value == null) {
				throw file.error(field, "uses the unknown placeholder {{" + name + "}}; known placeholders: "
						+ (this.values.isEmpty() ? "none" : "{{" + String.join("}}, {{", this.values.keySet()) + "}}"));
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		String result = filled.toString();
		if (result.contains("{{") || result.contains("}}")) {
			throw file.error(field,
					"has '{{' or '}}' that is not a whole placeholder; write a placeholder as {{name}}");
		}
		return result;
	}

	/**
	 * A fingerprint of the values, so that a changed value rewrites the rows that used
	 * it.
	 */
	public String fingerprint() {
		return this.values.toString();
	}

}
