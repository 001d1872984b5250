package org.psoascare.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed, checked access to the fields of one content file (or one nested block in it).
 * Every problem becomes a {@link ContentException} naming the file and the field, and
 * {@link #finish()} rejects fields nobody asked for, which catches misspelt names.
 */
public final class ContentFields {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final ContentFile file;

	private final String prefix;

	private final Map<String, Object> values;

	private final Set<String> read = new LinkedHashSet<>();

	public ContentFields(ContentFile file, Map<String, Object> values) {
		this(file, "", values);
	}

	private ContentFields(ContentFile file, String prefix, Map<String, Object> values) {
		this.file = file;
		this.prefix = prefix;
		this.values = new LinkedHashMap<>(values);
	}

	public ContentFile file() {
		return this.file;
	}

	public ContentException error(String field, String problem) {
		return this.file.error(this.prefix + field, problem);
	}

	public String requireText(String field) {
		Object value = take(field);
		if (value == null) {
			throw error(field, "is required");
		}
		if (!(value instanceof String text)) {
			throw error(field, "must be text (put the value in quotes)");
		}
		if (text.isBlank()) {
			throw error(field, "must not be empty");
		}
		return text.strip();
	}

	public String requireSlug(String field) {
		String slug = requireText(field);
		if (!SLUG.matcher(slug).matches()) {
			throw error(field, "'" + slug + "' is not a slug (lower-case letters, digits and single hyphens)");
		}
		return slug;
	}

	/** An absolute http or https address. */
	public String requireUrl(String field) {
		String text = requireText(field);
		try {
			URI uri = new URI(text);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				throw error(field, "'" + text + "' must be an http or https address");
			}
			return text;
		}
		catch (URISyntaxException ex) {
			throw error(field, "'" + text + "' is not a valid address");
		}
	}

	public LocalDate requireDate(String field) {
		String text = requireText(field);
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw error(field, "'" + text + "' is not a date; write it as YYYY-MM-DD");
		}
	}

	public int requirePositive(String field) {
		Integer value = optionalPositive(field);
		if (value == null) {
			throw error(field, "is required");
		}
		return value;
	}

	/** A positive whole number, or {@code null} when the field is absent. */
	public Integer optionalPositive(String field) {
		Object value = take(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Integer number) || number <= 0) {
			throw error(field, "must be a positive whole number, not '" + value + "'");
		}
		return number;
	}

	/** A whole number of zero or more, or {@code null} when the field is absent. */
	public Integer optionalWholeNumber(String field) {
		Object value = take(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Integer number)) {
			throw error(field, "must be a whole number, not '" + value + "'");
		}
		if (number < 0) {
			throw error(field, "must not be negative, not " + number);
		}
		return number;
	}

	public <E extends Enum<E> & Coded> E requireCode(String field, Class<E> type) {
		return parseCode(field, requireText(field), type);
	}

	public <E extends Enum<E> & Coded> List<E> codeList(String field, Class<E> type) {
		List<E> codes = new ArrayList<>();
		for (String code : textList(field)) {
			E parsed = parseCode(field, code, type);
			if (codes.contains(parsed)) {
				throw error(field, "lists '" + code + "' twice");
			}
			codes.add(parsed);
		}
		return codes;
	}

	public <E extends Enum<E> & Coded> List<E> requireCodeList(String field, Class<E> type) {
		List<E> codes = codeList(field, type);
		if (codes.isEmpty()) {
			throw error(field, "needs at least one item");
		}
		return codes;
	}

	private <E extends Enum<E> & Coded> E parseCode(String field, String code, Class<E> type) {
		return Coded.parse(type, code)
			.orElseThrow(() -> error(field,
					"unknown value '" + code + "'; expected one of: " + String.join(", ", Coded.codes(type))));
	}

	/** A list of text items; an absent field is an empty list. */
	public List<String> textList(String field) {
		return list(field, (item) -> {
			if (!(item.value() instanceof String text) || text.isBlank()) {
				throw error(item.field(), "must be text");
			}
			return text.strip();
		});
	}

	public List<String> requireTextList(String field) {
		List<String> items = textList(field);
		if (items.isEmpty()) {
			throw error(field, "needs at least one item");
		}
		return items;
	}

	/** A list of slugs without repeats; an absent field is an empty list. */
	public List<String> slugList(String field) {
		List<String> slugs = textList(field);
		Set<String> seen = new LinkedHashSet<>();
		for (String slug : slugs) {
			if (!SLUG.matcher(slug).matches()) {
				throw error(field, "'" + slug + "' is not a slug");
			}
			if (!seen.add(slug)) {
				throw error(field, "lists '" + slug + "' twice");
			}
		}
		return slugs;
	}

	/** A list of nested blocks, each read with its own checked fields. */
	public <T> List<T> blockList(String field, Function<ContentFields, T> reader) {
		return list(field, (item) -> {
			if (!(item.value() instanceof Map<?, ?> map)) {
				throw error(item.field(), "must be a block of fields");
			}
			return readBlock(item.field(), map, reader);
		});
	}

	/** A required nested block, read with its own checked fields. */
	public <T> T requireBlock(String field, Function<ContentFields, T> reader) {
		Object value = take(field);
		if (value == null) {
			throw error(field, "is required");
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw error(field, "must be a block of fields");
		}
		return readBlock(field, map, reader);
	}

	/** An optional nested block; absent reads as an empty block. */
	public <T> T optionalBlock(String field, Function<ContentFields, T> reader) {
		Object value = take(field);
		if (value != null && !(value instanceof Map<?, ?>)) {
			throw error(field, "must be a block of fields");
		}
		return readBlock(field, (value == null) ? Map.of() : (Map<?, ?>) value, reader);
	}

	private <T> T readBlock(String field, Map<?, ?> map, Function<ContentFields, T> reader) {
		ContentFields block = new ContentFields(this.file, this.prefix + field + ".", asStringMap(map));
		T result = reader.apply(block);
		block.finish();
		return result;
	}

	/** Optional text; absent or empty reads as an empty string. */
	public String optionalText(String field) {
		Object value = take(field);
		if (value == null) {
			return "";
		}
		if (!(value instanceof String text)) {
			throw error(field, "must be text (put the value in quotes)");
		}
		return text.strip();
	}

	/** Optional yes/no; absent reads as false. */
	public boolean optionalFlag(String field) {
		Object value = take(field);
		if (value == null) {
			return false;
		}
		if (!(value instanceof Boolean flag)) {
			throw error(field, "must be true or false");
		}
		return flag;
	}

	/** Rejects any field that was never read: usually a misspelt name. */
	public void finish() {
		for (String field : this.values.keySet()) {
			if (!this.read.contains(field)) {
				throw error(field, "is not a known field");
			}
		}
	}

	private Object take(String field) {
		this.read.add(field);
		return this.values.get(field);
	}

	private record Item(String field, Object value) {
	}

	private <T> List<T> list(String field, Function<Item, T> reader) {
		Object value = take(field);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			throw error(field, "must be a list");
		}
		List<T> result = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			result.add(reader.apply(new Item(field + "[" + (i + 1) + "]", items.get(i))));
		}
		return List.copyOf(result);
	}

	static Map<String, Object> asStringMap(Map<?, ?> map) {
		Map<String, Object> result = new LinkedHashMap<>();
		map.forEach((key, value) -> result.put(String.valueOf(key), value));
		return result;
	}

}
