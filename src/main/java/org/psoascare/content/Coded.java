package org.psoascare.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A closed set of values written in content files by a short code, such as a topic. The
 * code is the constant's name in kebab case ({@code SELF_CARE} is {@code self-care}); it
 * is what the files, the URLs, the API and the database columns say.
 */
public interface Coded {

	/** The constant's name in lower case with hyphens, e.g. {@code lying-on-back}. */
	@JsonValue
	default String code() {
		return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter((value) -> value.code().equals(code)).findFirst();
	}

	static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
	}

}
